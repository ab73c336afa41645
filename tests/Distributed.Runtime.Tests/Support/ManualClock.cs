namespace ModularPipelines.Distributed.Runtime.Tests.Support;

/// <summary>A clock that moves only when told to, so lease and timeout rules are tested without waiting.</summary>
internal sealed class ManualClock : TimeProvider
{
    private DateTimeOffset _now = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
