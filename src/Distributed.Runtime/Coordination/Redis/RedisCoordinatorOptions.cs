namespace ModularPipelines.Distributed;

/// <summary>Settings of the Redis coordinator that are not on the command line.</summary>
/// <param name="Configuration">The StackExchange.Redis configuration string.</param>
/// <param name="RunId">The run whose keys this coordinator uses.</param>
/// <param name="KeyTimeToLive">How long every key of the run outlives its last write.</param>
/// <param name="MaxPayloadBytes">The largest JSON payload written or read.</param>
/// <param name="OutageTimeout">
/// How long calls keep retrying while Redis is unreachable before the instance gives up; null for 30 seconds (the
/// default heartbeat timeout). Longer would be pointless: leases and the master's silence expire at the heartbeat timeout.
/// </param>
internal sealed record RedisCoordinatorOptions(string Configuration, string RunId, TimeSpan KeyTimeToLive, int MaxPayloadBytes, TimeSpan? OutageTimeout = null)
{
    /// <summary>
    /// How long a lease holder must be both unsubscribed from its presence channel and silent before its leases are
    /// reclaimed (Lua/reclaim.lua): long enough for a live instance whose subscription broke to beat
    /// (<see cref="PresenceKeeper.BridgeInterval"/>), short enough that a killed worker's module runs again within 2 s.
    /// </summary>
    public TimeSpan PresenceGrace { get; init; } = TimeSpan.FromSeconds(1);
}
