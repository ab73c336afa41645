using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using ModularPipelines.Distributed.Analyzer.Benchmarks;

// `--telemetry`: no benchmark; each analyzer's own execution time as measured by the analyzer driver
// (logAnalyzerExecutionTime), which leaves out the compiler's binding, on every shape and size.
if (args is ["--telemetry", ..])
{
    Console.WriteLine("| shape | modules | edges | analyzer | own execution time (ms, median of 3) | per module (μs) |");
    Console.WriteLine("| --- | ---: | ---: | --- | ---: | ---: |");
    foreach (var shape in Enum.GetValues<GraphShape>())
    {
        foreach (var modules in new[] { 1000, 2000, 4000 })
        {
            var compilation = SyntheticGraph.Create(shape, modules);
            Analyzers.AssertClean(compilation);
            var samples = new Dictionary<string, List<double>>();
            for (var run = 0; run < 3; run++)
            {
                var driver = Analyzers.Run(compilation, Analyzers.All, logExecutionTime: true);
                _ = await driver.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
                foreach (var analyzer in Analyzers.All)
                {
                    var telemetry = await driver.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
                    samples.TryAdd(analyzer.GetType().Name, []);
                    samples[analyzer.GetType().Name].Add(telemetry.ExecutionTime.TotalMilliseconds);
                }
            }

            foreach (var (name, times) in samples.OrderBy(s => s.Key, StringComparer.Ordinal))
            {
                var median = times.Order().ElementAt(times.Count / 2);
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"| {shape} | {modules} | {SyntheticGraph.Edges(shape, modules)} | {name} | {median:0.0} | {median * 1000 / modules:0.0} |"));
            }
        }
    }

    return 0;
}

// `--cpu [runs]`: no BenchmarkDotNet; the median wall and process CPU time of each operation on every shape and size.
if (args is ["--cpu", .. var cpuArgs])
{
    Console.WriteLine(CpuTimeSample.Describe(cpuArgs is [var runs] ? int.Parse(runs, CultureInfo.InvariantCulture) : 5));
    return 0;
}

var stopwatch = Stopwatch.StartNew();
var summaries = BenchmarkSwitcher.FromAssembly(typeof(AnalyzerBenchmarks).Assembly).Run(args).ToList();
Console.WriteLine($"Benchmarks took {stopwatch.Elapsed:hh\\:mm\\:ss}.");
return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
