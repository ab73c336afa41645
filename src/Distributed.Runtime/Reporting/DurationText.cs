using System.Globalization;

namespace ModularPipelines.Distributed;

/// <summary>Durations as people read them in a CI log: <c>850ms</c>, <c>4.20s</c>, <c>3m07s</c>.</summary>
internal static class DurationText
{
    public static string Format(TimeSpan duration) => duration.TotalSeconds switch
    {
        < 1 => string.Create(CultureInfo.InvariantCulture, $"{duration.TotalMilliseconds:0}ms"),
        < 60 => string.Create(CultureInfo.InvariantCulture, $"{duration.TotalSeconds:0.00}s"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{(int)duration.TotalMinutes}m{duration.Seconds:00}s"),
    };
}
