namespace ModularPipelines.Distributed;

/// <summary>How the Redis artifact store connects and what it may hold.</summary>
/// <param name="Configuration">A StackExchange.Redis configuration string (the run's <c>--redis</c>).</param>
/// <param name="RunId">The run whose keys it writes.</param>
/// <param name="KeyTimeToLive">How long every key outlives its last write.</param>
/// <param name="MaxRunBytes">The bytes the run may store (<see cref="DistributedOptions.MaxArtifactBytes"/>).</param>
/// <param name="ChunkBytes">The size of one chunk key: small enough not to stall the connection, large enough to need few round trips.</param>
internal sealed record RedisArtifactStoreOptions(string Configuration, string RunId, TimeSpan KeyTimeToLive, long MaxRunBytes, int ChunkBytes = 1024 * 1024);
