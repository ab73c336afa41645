namespace ModularPipelines.Distributed;

/// <summary>Settings of the Redis coordinator that are not on the command line.</summary>
internal sealed record RedisCoordinatorOptions(string Configuration, string RunId, TimeSpan KeyTimeToLive, int MaxPayloadBytes);
