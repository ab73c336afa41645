using System.Globalization;
using System.Text;
using BenchmarkDotNet.Reports;

namespace ModularPipelines.Distributed.Generator.Benchmarks;

/// <summary>The generator's performance targets (docs/benchmarks.md, Targets) against a run's means.</summary>
public static class Targets
{
    private static readonly (string Method, string Target, double LimitMilliseconds)[] Limits =
    [
        (nameof(GeneratorBenchmarks.FullRunNewCompilation), "full run on 1,000 modules (fresh driver, new compilation as in a build) ≤ 200 ms", 200),
        (nameof(GeneratorBenchmarks.FullRunFreshCompilation), "full run on 1,000 modules (fresh driver, fresh compilation) ≤ 200 ms", 200),
        (nameof(GeneratorBenchmarks.FullRunBoundCompilation), "full run on 1,000 modules (fresh driver, bound compilation) ≤ 200 ms", 200),
        (nameof(GeneratorBenchmarks.UnrelatedEditWarmDriver), "unrelated edit ≤ 10 ms, all steps cached", 10),
    ];

    public static string Describe(IEnumerable<Summary> summaries)
    {
        var means = summaries
            .SelectMany(s => s.Reports)
            .Where(r => r.ResultStatistics is not null)
            .ToDictionary(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name, r => r.ResultStatistics!.Mean / 1_000_000.0);
        var text = new StringBuilder("| target | measured mean | verdict |\n| --- | ---: | --- |\n");
        foreach (var (method, target, limit) in Limits)
        {
            var measured = means.TryGetValue(method, out var mean) ? mean.ToString("0.00", CultureInfo.InvariantCulture) + " ms" : "not run";
            var verdict = means.TryGetValue(method, out mean) ? (mean <= limit ? "met" : "**not met**") : "-";
            text.Append(CultureInfo.InvariantCulture, $"| {target} | {measured} | {verdict} |\n");
        }

        return text.ToString();
    }
}
