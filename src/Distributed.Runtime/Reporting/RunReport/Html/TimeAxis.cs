namespace ModularPipelines.Distributed;

/// <summary>
/// The timeline's horizontal scale: from the earliest moment drawn to the latest, mapped onto a width in pixels, with
/// ticks at a round step (1, 2 or 5 times a power of ten milliseconds) that gives at most <see cref="MaxTicks"/>.
/// </summary>
internal sealed class TimeAxis
{
    private const int MaxTicks = 10;
    private readonly double _pixelsPerMillisecond;

    public TimeAxis(DateTimeOffset origin, DateTimeOffset end, double width)
    {
        Origin = origin;
        SpanMilliseconds = Math.Max(1, (end - origin).TotalMilliseconds);
        _pixelsPerMillisecond = width / SpanMilliseconds;
        Step = StepFor(SpanMilliseconds);
    }

    /// <summary>The moment at x = 0: the run's start, or an earlier claim start on a clock a little behind.</summary>
    public DateTimeOffset Origin { get; }

    public double SpanMilliseconds { get; }

    /// <summary>Milliseconds between ticks.</summary>
    public double Step { get; }

    public double X(DateTimeOffset at) => (at - Origin).TotalMilliseconds * _pixelsPerMillisecond;

    public double Width(TimeSpan duration) => duration.TotalMilliseconds * _pixelsPerMillisecond;

    /// <summary>The ticks, in milliseconds from <see cref="Origin"/>.</summary>
    public IEnumerable<double> Ticks()
    {
        for (var tick = 0.0; tick <= SpanMilliseconds + (Step / 1000); tick += Step)
        {
            yield return tick;
        }
    }

    private static double StepFor(double span)
    {
        for (var power = 1.0; ; power *= 10)
        {
            foreach (var factor in (ReadOnlySpan<double>)[1, 2, 5])
            {
                if (span / (factor * power) <= MaxTicks)
                {
                    return factor * power;
                }
            }
        }
    }
}
