using System.Globalization;

namespace ModularPipelines.Distributed;

/// <summary>An instance the run expects (<c>--total</c>) that the master does not see live.</summary>
/// <param name="Index">Its instance index.</param>
/// <param name="GoneFor">How long since the master last saw it live; null when it never joined while the master watched.</param>
/// <param name="RunAge">How long the master has been running the run.</param>
internal sealed record MissingInstance(int Index, TimeSpan? GoneFor, TimeSpan RunAge)
{
    /// <summary><c>instance 2 never joined (run started 5m 0s ago)</c>, or <c>instance 2 gone for 40.00s</c> (DurationText).</summary>
    public override string ToString() => GoneFor is { } gone
        ? string.Create(CultureInfo.InvariantCulture, $"instance {Index} gone for {DurationText.Format(gone)}")
        : string.Create(CultureInfo.InvariantCulture, $"instance {Index} never joined (run started {DurationText.Format(RunAge)} ago)");
}
