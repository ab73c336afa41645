using System.Globalization;

namespace ModularPipelines.Distributed.Benchmarks;

/// <summary>
/// What a workload's results say about dispatch: modules per second over the span from the first start to the last
/// end, and per-hop latency (a module's start minus the end of the dependency it waited for). All instances run on
/// one machine, so their clocks agree.
/// </summary>
internal sealed record DispatchMeasurements(int Modules, double SpanSeconds, double ModulesPerSecond, double HopP50Ms, double HopP95Ms, int Hops)
{
    public static DispatchMeasurements From(IReadOnlyList<ModuleResult> results)
    {
        var ran = results.Where(r => r.Attempts > 0).ToList();
        var start = ran.Min(r => r.StartedAt);
        var end = ran.Max(r => r.StartedAt + r.Duration);
        var span = (end - start).TotalSeconds;
        var byId = ran.ToDictionary(r => r.ModuleId);
        var hops = new List<double>();
        foreach (var result in ran)
        {
            if (result.ModuleId.Contains(".Chain", StringComparison.Ordinal) && byId.TryGetValue(Previous(result.ModuleId), out var previous))
            {
                hops.Add((result.StartedAt - (previous.StartedAt + previous.Duration)).TotalMilliseconds);
            }
        }

        hops.Sort();
        return new DispatchMeasurements(ran.Count, span, ran.Count / span, Percentile(hops, 0.50), Percentile(hops, 0.95), hops.Count);
    }

    public string ToBenchLine() => string.Create(CultureInfo.InvariantCulture,
        $"BENCH modules={Modules} span_s={SpanSeconds:0.0000} modules_per_s={ModulesPerSecond:0} hop_p50_ms={HopP50Ms:0.000} hop_p95_ms={HopP95Ms:0.000} hops={Hops}");

    /// <summary>Chain modules are named Chain01..Chain50; each waits for the one before it.</summary>
    private static string Previous(string id)
    {
        var number = int.Parse(id[^2..], CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture, $"{id[..^2]}{number - 1:00}");
    }

    private static double Percentile(List<double> sorted, double fraction) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(fraction * sorted.Count) - 1)];
}
