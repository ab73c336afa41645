using System.Globalization;

namespace ModularPipelines.Distributed.Benchmarks.Artifacts;

/// <summary>This process's resident set from /proc/self/status, in MiB: now (VmRSS) and its peak so far (VmHWM).</summary>
internal static class Rss
{
    public static double CurrentMiB() => Read("VmRSS:");

    public static double PeakMiB() => Read("VmHWM:");

    private static double Read(string field)
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith(field, StringComparison.Ordinal));
        var kib = long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        return kib / 1024.0;
    }
}
