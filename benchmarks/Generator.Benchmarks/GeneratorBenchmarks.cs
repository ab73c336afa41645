using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;

namespace ModularPipelines.Distributed.Generator.Benchmarks;

/// <summary>
/// The pipeline generator on a synthetic 1,000-module compilation. Step tracking is off, as in a real build.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private SyntheticPipeline _pipeline = null!;
    private GeneratorDriver _warm = null!;

    [Params(1000)]
    public int Modules { get; set; }

    [GlobalSetup]
    public void CreatePipelineAndCheckIncrementality()
    {
        _pipeline = SyntheticPipeline.Create(Modules);
        Console.WriteLine(IncrementalityCheck.Verify(_pipeline));
        _warm = Drivers.Create(trackSteps: false).RunGenerators(_pipeline.Compilation);
    }

    /// <summary>A build: a fresh driver on a compilation no one has bound yet, so the generator pays for the binding it asks for.</summary>
    [Benchmark(Baseline = true)]
    public GeneratorDriver FullRunFreshCompilation() =>
        Drivers.Create(trackSteps: false).RunGenerators(_pipeline.Compilation.Clone());

    /// <summary>A fresh driver on a compilation whose symbols are already bound: the generator's own cost of a full run.</summary>
    [Benchmark]
    public GeneratorDriver FullRunBoundCompilation() =>
        Drivers.Create(trackSteps: false).RunGenerators(_pipeline.Compilation);

    /// <summary>The IDE after a keystroke in a file with no module: the warm driver on the edited compilation.</summary>
    [Benchmark]
    public GeneratorDriver UnrelatedEditWarmDriver() => _warm.RunGenerators(_pipeline.WithUnrelatedEdit());

    /// <summary>The IDE after a keystroke inside one module's ExecuteAsync body.</summary>
    [Benchmark]
    public GeneratorDriver ModuleBodyEditWarmDriver() => _warm.RunGenerators(_pipeline.WithModuleBodyEdit());
}
