using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace ModularPipelines.Distributed.Analyzer.Benchmarks;

/// <summary>
/// Process CPU time of the benchmarks' operations (Stopwatch and <see cref="Process.TotalProcessorTime"/>, not
/// BenchmarkDotNet): on a shared, oversubscribed machine wall time mostly measures the other processes, CPU time much
/// less so. One warm-up run, then the median of <c>runs</c>.
/// </summary>
public static class CpuTimeSample
{
    public static string Describe(int runs)
    {
        var text = new StringBuilder()
            .AppendLine("| shape | modules | edges | operation | median wall (ms) | median CPU (ms) | CPU per module (μs) |")
            .AppendLine("| --- | ---: | ---: | --- | ---: | ---: | ---: |");
        foreach (var shape in Enum.GetValues<GraphShape>())
        {
            foreach (var modules in new[] { 1000, 2000, 4000 })
            {
                var benchmarks = new AnalyzerBenchmarks { Shape = shape, Modules = modules };
                benchmarks.CreateCompilation();
                var operations = new (string Name, Action Run)[]
                {
                    (nameof(AnalyzerBenchmarks.BindMethodBodies), () => benchmarks.BindMethodBodies()),
                    (nameof(AnalyzerBenchmarks.DependencyAnalyzers), () => benchmarks.DependencyAnalyzers().GetAwaiter().GetResult()),
                    (nameof(AnalyzerBenchmarks.AllAnalyzers), () => benchmarks.AllAnalyzers().GetAwaiter().GetResult()),
                };
                foreach (var (name, run) in operations)
                {
                    var (wall, cpu) = Measure(run, runs);
                    text.AppendLine(string.Create(
                        CultureInfo.InvariantCulture,
                        $"| {shape} | {modules} | {SyntheticGraph.Edges(shape, modules)} | {name} | {wall:0} | {cpu:0} | {cpu * 1000 / modules:0} |"));
                }
            }
        }

        return text.ToString();
    }

    private static (double WallMs, double CpuMs) Measure(Action run, int runs)
    {
        run();
        var walls = new List<double>();
        var cpus = new List<double>();
        using var process = Process.GetCurrentProcess();
        for (var i = 0; i < runs; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            run();
            clock.Stop();
            process.Refresh();
            walls.Add(clock.Elapsed.TotalMilliseconds);
            cpus.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
        }

        return (Median(walls), Median(cpus));
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
