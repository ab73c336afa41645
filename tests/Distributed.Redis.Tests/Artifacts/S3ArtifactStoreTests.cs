using Amazon.S3.Model;
using ModularPipelines.Distributed.Tests.Shared;

namespace ModularPipelines.Distributed.Redis.Tests.Artifacts;

/// <summary>What only the S3 store promises: large files in parts, nothing left by a failed upload, a run deleted whole.</summary>
public sealed class S3ArtifactStoreTests
{
    private const string Producer = "Build.Compile";
    private static readonly byte[] Large = RandomBytes((20 * 1024 * 1024) + 3);
    private StoreUnderTest _store = null!;

    [SetUp]
    public async Task CreateStore() => _store = await StoreUnderTest.CreateAsync(ArtifactStoreKind.S3);

    [TearDown]
    public async Task DisposeStore()
    {
        // A SetUp that ended the test early (s3rver not installed: the test is ignored) left nothing to dispose.
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }
    }

    [Test]
    public async Task AFileLargerThanOnePartIsUploadedInPartsAndArrivesWhole()
    {
        using var producer = new WorkspaceDirectory();
        using var consumer = new WorkspaceDirectory();
        Directory.CreateDirectory(producer.PathOf("out"));
        File.WriteAllBytes(producer.PathOf("out/large.bin"), Large);
        var publisher = await _store.InstanceAsync(producer);
        var transfer = await publisher.UploadAsync(Producer, "bin", ["out/**"], CancellationToken.None);
        await publisher.MakeVisibleAsync(transfer.Manifest, CancellationToken.None);

        var stored = await _store.S3Client.GetObjectMetadataAsync(StoreUnderTest.S3Location.Bucket, _store.S3ContentKey(transfer.Manifest.Files[0].Sha256));
        var receiver = await _store.InstanceAsync(consumer);
        await receiver.ReceiveAsync((await receiver.GetManifestAsync(Producer, "bin", CancellationToken.None))!, string.Empty, CancellationToken.None);

        Assert.That(stored.ContentLength, Is.EqualTo(Large.Length));
        Assert.That(File.ReadAllBytes(consumer.PathOf("out/large.bin")), Is.EqualTo(Large));
    }

    [Test]
    public async Task AMultipartUploadThatFailsLeavesNoObject()
    {
        var store = await _store.OpenAsync();
        var file = new ArtifactFile("out/large.bin", Large.Length, StoreUnderTest.Sha256Of(Large));

        var failure = Assert.ThrowsAsync<IOException>(() =>
            store.PutAsync(new ArtifactManifest(Producer, "bin", [file]), file, new FailingAfterStream(Large, failAt: 12 * 1024 * 1024), CancellationToken.None));

        Assert.That(failure!.Message, Does.Contain("the disk went away"));
        // (s3rver does not list multipart uploads, so that the abort removed the parts is not checked here.)
        Assert.That(await store.ContainsAsync(file.Sha256, CancellationToken.None), Is.False);
        Assert.That(await KeysAsync(_store.RunId), Is.Empty);
    }

    [Test]
    public async Task DeletingARunRemovesEveryObjectOfThatRunAndNothingElse()
    {
        await using var other = await StoreUnderTest.CreateAsync(ArtifactStoreKind.S3);
        await PublishAsync(_store, "one.txt", "two.txt");
        await PublishAsync(other, "kept.txt");

        var deleted = await ((IArtifactRunCleanup)await _store.OpenAsync()).DeleteRunAsync(CancellationToken.None);

        Assert.That(deleted, Is.EqualTo(3), "two contents and a manifest");
        Assert.That(await KeysAsync(_store.RunId), Is.Empty);
        Assert.That(await KeysAsync(other.RunId), Has.Count.EqualTo(2));
    }

    private static async Task PublishAsync(StoreUnderTest store, params string[] files)
    {
        using var workspace = new WorkspaceDirectory();
        Directory.CreateDirectory(workspace.PathOf("out"));
        foreach (var file in files)
        {
            File.WriteAllText(workspace.PathOf("out/" + file), file);
        }

        var service = await store.InstanceAsync(workspace);
        var transfer = await service.UploadAsync(Producer, "bin", ["out/**"], CancellationToken.None);
        await service.MakeVisibleAsync(transfer.Manifest, CancellationToken.None);
    }

    private async Task<List<string>> KeysAsync(string runId)
    {
        var listing = await _store.S3Client.ListObjectsV2Async(new ListObjectsV2Request
        {
            BucketName = StoreUnderTest.S3Location.Bucket,
            Prefix = StoreUnderTest.S3Location.Key(runId + "/"),
        });
        return [.. (listing.S3Objects ?? []).Select(o => o.Key)];
    }

    private static byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        new Random(11).NextBytes(bytes);
        return bytes;
    }
}
