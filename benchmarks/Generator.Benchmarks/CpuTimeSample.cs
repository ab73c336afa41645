using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;

namespace ModularPipelines.Distributed.Generator.Benchmarks;

/// <summary>
/// A rough cross-check of the BenchmarkDotNet figures for a shared machine: per scenario, the median wall time and the
/// median CPU time of the process (all threads) over a few runs after warm-up. On a machine where other work competes
/// for the cores, wall time grows with the competition while CPU time stays close to what an idle machine would take.
/// </summary>
public static class CpuTimeSample
{
    private const int WarmUps = 3;
    private const int Runs = 7;

    public static string Describe(SyntheticPipeline pipeline)
    {
        var warm = Drivers.Create(trackSteps: false).RunGenerators(pipeline.Compilation);
        var scenarios = new (string Name, Func<GeneratorDriver> Run)[]
        {
            ("FullRunFreshCompilation", () => Drivers.Create(trackSteps: false).RunGenerators(pipeline.Compilation.Clone())),
            ("FullRunBoundCompilation", () => Drivers.Create(trackSteps: false).RunGenerators(pipeline.Compilation)),
            ("UnrelatedEditWarmDriver", () => warm.RunGenerators(pipeline.WithUnrelatedEdit())),
            ("ModuleBodyEditWarmDriver", () => warm.RunGenerators(pipeline.WithModuleBodyEdit())),
        };

        var text = new StringBuilder($"| scenario | median wall time (ms) | median process CPU time (ms) | allocated per run (MB) |\n| --- | ---: | ---: | ---: |\n");
        using var process = Process.GetCurrentProcess();
        foreach (var (name, run) in scenarios)
        {
            for (var i = 0; i < WarmUps; i++)
            {
                run();
            }

            var wall = new List<double>();
            var cpu = new List<double>();
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < Runs; i++)
            {
                process.Refresh();
                var cpuBefore = process.TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                run();
                watch.Stop();
                process.Refresh();
                wall.Add(watch.Elapsed.TotalMilliseconds);
                cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
            }

            var allocated = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / (double)Runs / 1024 / 1024;
            text.Append(CultureInfo.InvariantCulture, $"| {name} | {Median(wall):0.0} | {Median(cpu):0.0} | {allocated:0.00} |\n");
        }

        return text.ToString();
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
