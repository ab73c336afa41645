using Microsoft.Extensions.DependencyInjection;

namespace ModularPipelines.Distributed;

/// <summary>
/// Chooses the run's artifact store: <c>--artifacts</c> when given, else an <see cref="IArtifactStore"/> registered in the
/// services, else Redis in a distributed run over Redis, else none (one process: files stay in place).
/// </summary>
internal static class ArtifactStoreSelection
{
    /// <summary>What is wrong with <see cref="DistributedOptions.Artifacts"/>, in one line, or null.</summary>
    public static string? Problem(DistributedOptions options)
    {
        if (options.Artifacts is not { } location)
        {
            return null;
        }

        if (string.Equals(location, "redis", StringComparison.OrdinalIgnoreCase))
        {
            return options.RedisConfiguration is null
                ? "--artifacts redis needs a Redis to store them in: pass --redis too, or use --artifacts file:///path"
                : null;
        }

        if (location.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            return DirectoryArtifactStore.TryParseLocation(location, out _, out var error) ? null : error;
        }

        if (location.StartsWith("s3:", StringComparison.OrdinalIgnoreCase))
        {
            return S3ArtifactLocation.TryParse(location, out _, out var error) ? null : error;
        }

        return $"--artifacts '{location}' is not a store this version knows: use redis, file:///path (a folder every instance shares) or s3://bucket/prefix";
    }

    /// <summary>
    /// The store, connected lazily (a run whose modules move no artifact opens no connection for them); null for none.
    /// Call <see cref="Problem"/> first.
    /// </summary>
    public static IArtifactStore? Create(DistributedOptions options, IServiceProvider services)
    {
        var runId = options.RunId ?? "local";
        if (options.Artifacts is { } location)
        {
            if (DirectoryArtifactStore.TryParseLocation(location, out var root, out _))
            {
                return new DirectoryArtifactStore(root!, runId);
            }

            if (S3ArtifactLocation.TryParse(location, out var bucket, out _))
            {
                return new S3ArtifactStore(S3ArtifactStore.CreateClient(Environment.GetEnvironmentVariable), bucket!, runId);
            }

            return Redis(options);
        }

        if (services.GetService<IArtifactStore>() is { } registered)
        {
            return registered;
        }

        return options.Enabled && options.RedisConfiguration is not null ? Redis(options) : null;
    }

    private static LazyArtifactStore Redis(DistributedOptions options) =>
        new(cancellationToken => RedisArtifactStore.ConnectAsync(
            new RedisArtifactStoreOptions(options.RedisConfiguration!, options.RunId!, RunKeyLifetime.TimeToLive, options.MaxArtifactBytes),
            cancellationToken));
}
