using System.Security.Cryptography;
using ModularPipelines.Distributed.Tests.Shared;
using StackExchange.Redis;

namespace ModularPipelines.Distributed.Redis.Tests.Artifacts;

/// <summary>
/// One run's store of a kind, and what only a test does to it: open a second store on the same run (another instance),
/// and damage stored content the way a real failure would (a byte flipped on disk or in Redis, a chunk deleted).
/// </summary>
internal sealed class StoreUnderTest : IAsyncDisposable
{
    private readonly List<IAsyncDisposable> _opened = [];
    private readonly DirectoryInfo? _folder;

    public StoreUnderTest(ArtifactStoreKind kind)
    {
        Kind = kind;
        RunId = "artifacts-" + Guid.NewGuid().ToString("N")[..12];
        _folder = kind == ArtifactStoreKind.Directory ? Directory.CreateTempSubdirectory("mpd-artifact-store-") : null;
    }

    public ArtifactStoreKind Kind { get; }

    public string RunId { get; }

    /// <summary>A new store on the run, as another instance opens it.</summary>
    public async Task<IArtifactStore> OpenAsync(long maxRunBytes = 1L << 30)
    {
        if (_folder is not null)
        {
            return new DirectoryArtifactStore(_folder.FullName, RunId);
        }

        var store = await RedisArtifactStore.ConnectAsync(
            new RedisArtifactStoreOptions(TestEnvironment.Redis.Configuration, RunId, TimeSpan.FromMinutes(10), maxRunBytes), CancellationToken.None);
        _opened.Add(store);
        return store;
    }

    /// <summary>An artifact service of another instance: its own workspace, a store of its own on the run.</summary>
    public async Task<ArtifactService> InstanceAsync(WorkspaceDirectory workspace, long maxRunBytes = 1L << 30) =>
        new(new Workspace(workspace.Root), await OpenAsync(maxRunBytes), TimeSpan.FromMinutes(2));

    /// <summary>Inverts one byte of the stored content, where it lies.</summary>
    public async Task FlipByteAsync(string sha256, long offset)
    {
        if (_folder is not null)
        {
            await using var file = new FileStream(ContentFile(sha256), FileMode.Open, FileAccess.ReadWrite);
            file.Position = offset;
            var original = file.ReadByte();
            file.Position = offset;
            file.WriteByte((byte)~original);
            return;
        }

        var chunk = RedisChunk(sha256, offset / (1024 * 1024));
        var within = offset % (1024 * 1024);
        var original2 = (byte[])(await TestEnvironment.Redis.Database.StringGetRangeAsync(chunk, within, within))!;
        await TestEnvironment.Redis.Database.StringSetRangeAsync(chunk, within, new byte[] { (byte)~original2[0] });
    }

    /// <summary>Deletes stored content: one chunk of it in Redis, the whole file in a folder.</summary>
    public async Task DeleteContentAsync(string sha256, long chunkIndex)
    {
        if (_folder is not null)
        {
            File.Delete(ContentFile(sha256));
            return;
        }

        Assert.That(await TestEnvironment.Redis.Database.KeyDeleteAsync(RedisChunk(sha256, chunkIndex)), Is.True, "the chunk to delete exists");
    }

    public static string Sha256Of(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    public async ValueTask DisposeAsync()
    {
        foreach (var store in _opened)
        {
            await store.DisposeAsync();
        }

        _folder?.Delete(recursive: true);
    }

    private string ContentFile(string sha256) => Path.Combine(_folder!.FullName, RunId, "content", sha256[..2], sha256);

    private RedisKey RedisChunk(string sha256, long index) => $"mpd:{{{RunId}}}:chunk:{sha256}:{index}";
}
