// W3: 1 root -> 38 modules sleeping 250 ms -> 1 sink (speed-up). One line a module: workload data.
namespace ModularPipelines.Distributed.Benchmarks;

public sealed class Root : TrivialModule;
[DependsOn<Root>] public sealed class Sleeper01 : SleepingModule;
[DependsOn<Root>] public sealed class Sleeper02 : SleepingModule;
[DependsOn<Root>] public sealed class Sleeper03 : SleepingModule;
[DependsOn<Root>] public sealed class Sleeper04 : SleepingModule;
[DependsOn<Root>] public sealed class Sleeper05 : SleepingModule;
[DependsOn<Root>] public sealed class Sleeper06 : SleepingModule;
[DependsOn<Root>] public sealed class Sleeper07 : SleepingModule;
[DependsOn<Root>] public sealed class Sleeper08 : SleepingModule;
[DependsOn<Root>] public sealed class Sleeper09 : SleepingModule;
[DependsOn<Root>] public sealed class Sleeper10 : SleepingModule;
[DependsOn<Root>] public sealed class Sleeper11 : SleepingModule;
[DependsOn<Root>] public sealed class Sleeper12 : SleepingModule;
[DependsOn<Root>] public sealed class Sleeper13 : SleepingModule;
[DependsOn<Root>] public sealed class Sleeper14 : SleepingModule;
[DependsOn<Root>] public sealed class Sleeper15 : SleepingModule;
[DependsOn<Root>] public sealed class Sleeper16 : SleepingModule;
[DependsOn<Root>] public sealed class Sleeper17 : SleepingModule;
[DependsOn<Root>] public sealed class Sleeper18 : SleepingModule;
[DependsOn<Root>] public sealed class Sleeper19 : SleepingModule;
[DependsOn<Root>] public sealed class Sleeper20 : SleepingModule;
[DependsOn<Root>] public sealed class Sleeper21 : SleepingModule;
[DependsOn<Root>] public sealed class Sleeper22 : SleepingModule;
[DependsOn<Root>] public sealed class Sleeper23 : SleepingModule;
[DependsOn<Root>] public sealed class Sleeper24 : SleepingModule;
[DependsOn<Root>] public sealed class Sleeper25 : SleepingModule;
[DependsOn<Root>] public sealed class Sleeper26 : SleepingModule;
[DependsOn<Root>] public sealed class Sleeper27 : SleepingModule;
[DependsOn<Root>] public sealed class Sleeper28 : SleepingModule;
[DependsOn<Root>] public sealed class Sleeper29 : SleepingModule;
[DependsOn<Root>] public sealed class Sleeper30 : SleepingModule;
[DependsOn<Root>] public sealed class Sleeper31 : SleepingModule;
[DependsOn<Root>] public sealed class Sleeper32 : SleepingModule;
[DependsOn<Root>] public sealed class Sleeper33 : SleepingModule;
[DependsOn<Root>] public sealed class Sleeper34 : SleepingModule;
[DependsOn<Root>] public sealed class Sleeper35 : SleepingModule;
[DependsOn<Root>] public sealed class Sleeper36 : SleepingModule;
[DependsOn<Root>] public sealed class Sleeper37 : SleepingModule;
[DependsOn<Root>] public sealed class Sleeper38 : SleepingModule;

/// <summary>Waits for every sleeper.</summary>
[DependsOn<Sleeper01>]
[DependsOn<Sleeper02>]
[DependsOn<Sleeper03>]
[DependsOn<Sleeper04>]
[DependsOn<Sleeper05>]
[DependsOn<Sleeper06>]
[DependsOn<Sleeper07>]
[DependsOn<Sleeper08>]
[DependsOn<Sleeper09>]
[DependsOn<Sleeper10>]
[DependsOn<Sleeper11>]
[DependsOn<Sleeper12>]
[DependsOn<Sleeper13>]
[DependsOn<Sleeper14>]
[DependsOn<Sleeper15>]
[DependsOn<Sleeper16>]
[DependsOn<Sleeper17>]
[DependsOn<Sleeper18>]
[DependsOn<Sleeper19>]
[DependsOn<Sleeper20>]
[DependsOn<Sleeper21>]
[DependsOn<Sleeper22>]
[DependsOn<Sleeper23>]
[DependsOn<Sleeper24>]
[DependsOn<Sleeper25>]
[DependsOn<Sleeper26>]
[DependsOn<Sleeper27>]
[DependsOn<Sleeper28>]
[DependsOn<Sleeper29>]
[DependsOn<Sleeper30>]
[DependsOn<Sleeper31>]
[DependsOn<Sleeper32>]
[DependsOn<Sleeper33>]
[DependsOn<Sleeper34>]
[DependsOn<Sleeper35>]
[DependsOn<Sleeper36>]
[DependsOn<Sleeper37>]
[DependsOn<Sleeper38>]
public sealed class Sink : TrivialModule;
