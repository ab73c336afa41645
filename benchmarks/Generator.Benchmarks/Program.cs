using System.Globalization;
using BenchmarkDotNet.Running;
using ModularPipelines.Distributed.Generator.Benchmarks;

// `--verify [modules]`: only the untimed checks and the per-step report, no benchmark.
if (args is ["--verify", .. var rest])
{
    var modules = rest is [var count] ? int.Parse(count, CultureInfo.InvariantCulture) : 1000;
    var pipeline = SyntheticPipeline.Create(modules);
    Console.WriteLine(IncrementalityCheck.Verify(pipeline));
    Console.WriteLine($"\nWall and CPU time, {modules} modules, after warm-up (Stopwatch, not BenchmarkDotNet):\n");
    Console.WriteLine(CpuTimeSample.Describe(pipeline));
    return 0;
}

// `--steps [modules]`: median time per tracked step after warm-up, to see where a scenario's time goes.
if (args is ["--steps", .. var stepArgs])
{
    var modules = stepArgs is [var count] ? int.Parse(count, CultureInfo.InvariantCulture) : 1000;
    Console.WriteLine(StepTimes.Describe(SyntheticPipeline.Create(modules)));
    return 0;
}

// `--write-project DIR [modules]`: the synthetic pipeline as a project on disk, for a real build with -p:ReportAnalyzer=true.
if (args is ["--write-project", var directory, .. var projectArgs])
{
    var modules = projectArgs is [var count] ? int.Parse(count, CultureInfo.InvariantCulture) : 1000;
    var root = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", ".."));
    Console.WriteLine(RealBuildProject.Write(SyntheticPipeline.Create(modules), Path.GetFullPath(directory), root));
    return 0;
}

// `--verdicts FILE`: after the run, write the targets of docs/benchmarks.md and whether they were met.
var verdictsFile = args.SkipWhile(a => a != "--verdicts").Skip(1).FirstOrDefault();
var benchmarkArgs = verdictsFile is null ? args : args.Where((_, i) => i != Array.IndexOf(args, "--verdicts") && i != Array.IndexOf(args, "--verdicts") + 1).ToArray();
var summaries = BenchmarkSwitcher.FromAssembly(typeof(GeneratorBenchmarks).Assembly).Run(benchmarkArgs).ToList();
if (verdictsFile is not null)
{
    await File.WriteAllTextAsync(verdictsFile, Targets.Describe(summaries));
}

return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
