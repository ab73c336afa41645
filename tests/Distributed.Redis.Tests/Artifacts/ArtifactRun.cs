using System.Security.Cryptography;
using ModularPipelines.Distributed.Redis.Tests.Support;
using StackExchange.Redis;

namespace ModularPipelines.Distributed.Redis.Tests.Artifacts;

/// <summary>
/// A run of the artifact pipeline in which every instance has a workspace of its own (as on separate machines), so
/// every file a consumer has crossed through the store.
/// </summary>
internal sealed class ArtifactRun(DistributedRun run)
{
    public DistributedRun Run => run;

    public string WorkspaceOf(int instance)
    {
        var workspace = Path.Combine(run.Directory, $"workspace-{instance}");
        Directory.CreateDirectory(workspace);
        return workspace;
    }

    public PipelineProcess StartMaster(int total) =>
        run.StartMaster(total, capabilities: [], extraArguments: ["--workspace", WorkspaceOf(0)]);

    /// <param name="redis">A proxy in front of the run's Redis, or null for the server itself.</param>
    public PipelineProcess StartProducer(int index, int total, string? redis = null) =>
        run.StartWorker(index, total, capabilities: ["producer"], extraArguments: ["--workspace", WorkspaceOf(index)], redis: redis);

    /// <param name="redis">A proxy in front of the run's Redis, or null for the server itself.</param>
    /// <param name="workspace">Whose workspace it uses (a restarted instance's), its own unless given.</param>
    public PipelineProcess StartConsumer(int index, int total, int concurrency = 2, string? redis = null, int? workspace = null) =>
        run.StartWorker(index, total, capabilities: ["consumer"], concurrency: concurrency, extraArguments: ["--workspace", WorkspaceOf(workspace ?? index)], redis: redis);

    /// <summary>Files under an instance's workspace, relative, with <c>/</c>.</summary>
    public IReadOnlyList<string> FilesOf(int instance) =>
        [.. Directory.EnumerateFiles(WorkspaceOf(instance), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(WorkspaceOf(instance), f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    /// <summary>Where the manifest of Compile's 'bin' is once it is published (names are upper-cased in the key).</summary>
    public RedisKey ManifestKey => run.Keys.Prefix + "artifact:" + ArtifactPipelineApp.ModuleId("Compile") + ":BIN";

    /// <summary>The bytes counted against the run's artifact limit (a content counts once, however often it is uploaded).</summary>
    public RedisKey CountedKey => run.Keys.Prefix + "artifact-bytes";

    /// <summary>A content's record, present once all its chunks are stored.</summary>
    public RedisKey ContentKey(string sha256) => run.Keys.Prefix + "content:" + sha256;

    public RedisKey ChunkKey(string sha256, int index) => run.Keys.Prefix + "chunk:" + sha256 + ":" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public string PathIn(int instance, string relative) => Path.Combine(WorkspaceOf(instance), relative);

    /// <summary>The SHA-256 of a file in an instance's workspace, as the runtime writes it (lower-case hex).</summary>
    public string Sha256Of(int instance, string relative)
    {
        using var stream = File.OpenRead(PathIn(instance, relative));
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>Waits for the producer's manifest to be visible in Redis.</summary>
    public async Task WaitForManifestAsync(TimeSpan timeout)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!await run.Database.KeyExistsAsync(ManifestKey))
        {
            if (clock.Elapsed > timeout)
            {
                Assert.Fail($"no manifest at {ManifestKey} within {timeout.TotalSeconds:0.#}s.\n{run.Transcripts}");
            }

            await Task.Delay(20);
        }
    }
}
