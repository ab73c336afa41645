using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;

namespace ModularPipelines.Distributed.Generator.Benchmarks;

/// <summary>
/// Where a scenario's time goes, after warm-up: per scenario, the median of the whole operation, of the generator time
/// the driver measured, and of each tracked step's time. Step tracking adds its own cost, so the figures explain the
/// untracked benchmarks rather than replace them.
/// </summary>
public static class StepTimes
{
    private const int WarmUps = 3;
    private const int Runs = 9;

    public static string Describe(SyntheticPipeline pipeline)
    {
        var warm = Drivers.Create(trackSteps: true).RunGenerators(pipeline.Compilation);
        var scenarios = new (string Name, Func<GeneratorDriver> Run)[]
        {
            ("FullRunBoundCompilation", () => Drivers.Create(trackSteps: true).RunGenerators(pipeline.Compilation)),
            ("UnrelatedEditWarmDriver", () => warm.RunGenerators(pipeline.WithUnrelatedEdit())),
            ("ModuleBodyEditWarmDriver", () => warm.RunGenerators(pipeline.WithModuleBodyEdit())),
        };

        var text = new StringBuilder();
        foreach (var (name, run) in scenarios)
        {
            for (var i = 0; i < WarmUps; i++)
            {
                run();
            }

            var total = new List<double>();
            var generator = new List<double>();
            var steps = new Dictionary<string, List<double>>(StringComparer.Ordinal);
            for (var i = 0; i < Runs; i++)
            {
                var watch = Stopwatch.StartNew();
                var driver = run();
                watch.Stop();
                total.Add(watch.Elapsed.TotalMilliseconds);
                generator.Add(driver.GetTimingInfo().ElapsedTime.TotalMilliseconds);
                var result = driver.GetRunResult().Results.Single();
                foreach (var (step, stepRuns) in result.TrackedSteps.Concat(result.TrackedOutputSteps).DistinctBy(s => s.Key))
                {
                    (steps.TryGetValue(step, out var list) ? list : steps[step] = []).Add(stepRuns.Sum(r => r.ElapsedTime.TotalMilliseconds));
                }
            }

            text.Append(CultureInfo.InvariantCulture, $"\n{name} (steps tracked): whole operation {Median(total):0.00} ms, generator time {Median(generator):0.00} ms\n\n");
            text.Append("| step | median step time (ms) |\n| --- | ---: |\n");
            foreach (var (step, times) in steps.OrderByDescending(s => Median(s.Value)))
            {
                text.Append(CultureInfo.InvariantCulture, $"| {step} | {Median(times):0.00} |\n");
            }
        }

        return text.ToString();
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
