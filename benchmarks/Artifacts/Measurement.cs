using System.Diagnostics;
using System.Globalization;

namespace ModularPipelines.Distributed.Benchmarks.Artifacts;

/// <summary>
/// One transfer's figures, started just before the first byte moves: the RSS then is the baseline, and the growth is
/// the peak RSS at the end minus it. Wall-clock start and end (Unix ms) let the script add up concurrent consumers.
/// </summary>
internal sealed class Measurement
{
    private readonly double _baselineMiB = Rss.CurrentMiB();
    private readonly long _startMs = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public int Report(string operation, string store, long bytes)
    {
        var seconds = _clock.Elapsed.TotalSeconds;
        var endMs = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var peak = Rss.PeakMiB();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"BENCH op={operation} store={store} bytes={bytes} seconds={seconds:0.000} mb_s={bytes / seconds / 1e6:0.0} start_ms={_startMs} end_ms={endMs} rss_base_mib={_baselineMiB:0.0} rss_peak_mib={peak:0.0} rss_growth_mib={peak - _baselineMiB:0.0}"));
        return 0;
    }
}
