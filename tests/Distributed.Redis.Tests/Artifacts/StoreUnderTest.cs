using System.Security.Cryptography;
using Amazon.S3;
using Amazon.S3.Model;
using ModularPipelines.Distributed.Redis.Tests.Support;
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
    private readonly AmazonS3Client? _s3;

    private StoreUnderTest(ArtifactStoreKind kind, AmazonS3Client? s3)
    {
        Kind = kind;
        RunId = "artifacts-" + Guid.NewGuid().ToString("N")[..12];
        _folder = kind == ArtifactStoreKind.Directory ? Directory.CreateTempSubdirectory("mpd-artifact-store-") : null;
        _s3 = s3;
    }

    /// <summary>The bucket and prefix the S3 stores of the tests use.</summary>
    public static S3ArtifactLocation S3Location { get; } = new("mpd-tests", "ci/artifacts");

    public ArtifactStoreKind Kind { get; }

    /// <summary>A store of the kind on a run of its own; for S3, the shared s3rver with the tests' bucket.</summary>
    public static async Task<StoreUnderTest> CreateAsync(ArtifactStoreKind kind)
    {
        if (kind != ArtifactStoreKind.S3)
        {
            return new StoreUnderTest(kind, null);
        }

        var client = (await S3Server.SharedAsync()).Client();
        try
        {
            await client.PutBucketAsync(S3Location.Bucket);
        }
        catch (AmazonS3Exception exception) when (exception.ErrorCode is "BucketAlreadyExists" or "BucketAlreadyOwnedByYou")
        {
        }

        return new StoreUnderTest(kind, client);
    }

    /// <summary>An admin client of the S3 server (S3 kind only).</summary>
    public AmazonS3Client S3Client => _s3 ?? throw new InvalidOperationException("not an S3 store");

    /// <summary>The key of a content object (S3 kind only).</summary>
    public string S3ContentKey(string sha256) => S3Location.Key($"{RunId}/content/{sha256}");

    public string RunId { get; }

    /// <summary>A new store on the run, as another instance opens it.</summary>
    public async Task<IArtifactStore> OpenAsync(long maxRunBytes = 1L << 30)
    {
        if (_folder is not null)
        {
            return new DirectoryArtifactStore(_folder.FullName, RunId);
        }

        if (_s3 is not null)
        {
            // The client the runtime makes for --artifacts s3://…: endpoint and credentials from the AWS_* variables.
            var s3 = new S3ArtifactStore(S3ArtifactStore.CreateClient(Environment.GetEnvironmentVariable), S3Location, RunId);
            _opened.Add(s3);
            return s3;
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

        if (_s3 is not null)
        {
            using var stored = await _s3.GetObjectAsync(S3Location.Bucket, S3ContentKey(sha256));
            using var copy = new MemoryStream();
            await stored.ResponseStream.CopyToAsync(copy);
            var bytes = copy.ToArray();
            bytes[offset] = (byte)~bytes[offset];
            await _s3.PutObjectAsync(new PutObjectRequest { BucketName = S3Location.Bucket, Key = S3ContentKey(sha256), InputStream = new MemoryStream(bytes), UseChunkEncoding = false });
            return;
        }

        var chunk = RedisChunk(sha256, offset / (1024 * 1024));
        var within = offset % (1024 * 1024);
        var original2 = (byte[])(await TestEnvironment.Redis.Database.StringGetRangeAsync(chunk, within, within))!;
        await TestEnvironment.Redis.Database.StringSetRangeAsync(chunk, within, new byte[] { (byte)~original2[0] });
    }

    /// <summary>Deletes stored content: one chunk of it in Redis, the whole file or object elsewhere.</summary>
    public async Task DeleteContentAsync(string sha256, long chunkIndex)
    {
        if (_folder is not null)
        {
            File.Delete(ContentFile(sha256));
            return;
        }

        if (_s3 is not null)
        {
            await _s3.DeleteObjectAsync(S3Location.Bucket, S3ContentKey(sha256));
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
        _s3?.Dispose();
    }

    private string ContentFile(string sha256) => Path.Combine(_folder!.FullName, RunId, "content", sha256[..2], sha256);

    private RedisKey RedisChunk(string sha256, long index) => $"mpd:{{{RunId}}}:chunk:{sha256}:{index}";
}
