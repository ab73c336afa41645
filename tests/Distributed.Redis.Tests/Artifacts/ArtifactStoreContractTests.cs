using ModularPipelines.Distributed.Tests.Shared;

namespace ModularPipelines.Distributed.Redis.Tests.Artifacts;

/// <summary>
/// What every built-in store must do, checked through the artifact service as instances use it: one instance publishes
/// from its workspace, another (its own store connection, its own workspace) receives; and what a consumer sees when
/// stored content or a manifest is damaged.
/// </summary>
[TestFixture(ArtifactStoreKind.Redis)]
[TestFixture(ArtifactStoreKind.Directory)]
[TestFixture(ArtifactStoreKind.S3)]
public sealed class ArtifactStoreContractTests(ArtifactStoreKind kind)
{
    private const string Producer = "Build.Compile";
    private static readonly byte[] Big = RandomBytes((3 * 1024 * 1024) + 17, seed: 7);
    private StoreUnderTest _store = null!;
    private WorkspaceDirectory _producer = null!;
    private WorkspaceDirectory _consumer = null!;

    [SetUp]
    public async Task CreateStore()
    {
        _store = await StoreUnderTest.CreateAsync(kind);
        _producer = new WorkspaceDirectory();
        _consumer = new WorkspaceDirectory();
    }

    [TearDown]
    public async Task DisposeStore()
    {
        // A SetUp that ended the test early (s3rver not installed: the test is ignored) left nothing to dispose.
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }

        _producer?.Dispose();
        _consumer?.Dispose();
    }

    [Test]
    public async Task PublishedFilesArriveInAnotherWorkspaceByteForByteAndIdenticalContentCrossesOnce()
    {
        Write(_producer, "out/big.bin", Big);
        Write(_producer, "out/empty.txt", []);
        Write(_producer, "out/a/same.txt", "same"u8.ToArray());
        Write(_producer, "out/b/same.txt", "same"u8.ToArray());
        var published = await PublishAsync("out/**");

        var consumer = await _store.InstanceAsync(_consumer);
        var manifest = await consumer.GetManifestAsync(Producer, "BIN", CancellationToken.None);
        var (received, _) = await consumer.ReceiveAsync(manifest!, string.Empty, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(published.FilesMoved, Is.EqualTo(3), "identical content is stored once");
            Assert.That(manifest!.Files.Select(f => f.Path), Is.EqualTo(new[] { "out/a/same.txt", "out/b/same.txt", "out/big.bin", "out/empty.txt" }));
            Assert.That(File.ReadAllBytes(_consumer.PathOf("out/big.bin")), Is.EqualTo(Big));
            Assert.That(File.ReadAllBytes(_consumer.PathOf("out/empty.txt")), Is.Empty);
            Assert.That(_consumer.Read("out/b/same.txt"), Is.EqualTo("same"));
            Assert.That(received.FilesMoved, Is.EqualTo(3), "identical content is fetched once and copied");
            Assert.That(received.BytesMoved, Is.EqualTo(Big.Length + 4));
        }
    }

    [Test]
    public async Task ContentWhoseUploadFailsHalfWayIsNotStored()
    {
        var store = await _store.OpenAsync();
        var file = new ArtifactFile("out/big.bin", Big.Length, StoreUnderTest.Sha256Of(Big));
        var manifest = new ArtifactManifest(Producer, "bin", [file]);

        var failure = Assert.ThrowsAsync<IOException>(() => store.PutAsync(manifest, file, new FailingAfterStream(Big, failAt: 1_600_000), CancellationToken.None));

        Assert.That(failure!.Message, Does.Contain("the disk went away"));
        Assert.That(await store.ContainsAsync(file.Sha256, CancellationToken.None), Is.False);
        await store.PutAsync(manifest, file, new MemoryStream(Big), CancellationToken.None);
        Assert.That(await store.ContainsAsync(file.Sha256, CancellationToken.None), Is.True, "a second upload of the same content completes it");
    }

    [Test]
    public async Task AnArtifactNobodyPublishedHasNoManifest()
    {
        var consumer = await _store.InstanceAsync(_consumer);

        Assert.That(await consumer.GetManifestAsync(Producer, "bin", CancellationToken.None), Is.Null);
    }

    [Test]
    public async Task AFlippedByteIsRefusedAndNothingIsWrittenUnderTheFilesName()
    {
        Write(_producer, "out/big.bin", Big);
        var published = await PublishAsync("out/**");
        await _store.FlipByteAsync(published.Manifest.Files[0].Sha256, offset: 2_000_000);

        var failure = await ReceiveFailureAsync();

        Assert.That(failure.Message, Does.Contain("artifact 'bin' of Build.Compile: out/big.bin arrived damaged"));
        Assert.That(FilesIn(_consumer), Is.Empty, "no file, whole or partial, is left in the consumer's workspace");
    }

    [Test]
    public async Task DeletedContentFailsTheConsumerNamingTheArtifactAndTheFile()
    {
        Write(_producer, "out/big.bin", Big);
        var published = await PublishAsync("out/**");
        await _store.DeleteContentAsync(published.Manifest.Files[0].Sha256, chunkIndex: 2);

        var failure = await ReceiveFailureAsync();

        Assert.That(failure.Message, Does.Contain("artifact 'bin' of Build.Compile: out/big.bin could not be read from the store"));
        Assert.That(failure.Message, Does.Contain(kind == ArtifactStoreKind.Redis ? "chunk 2 of 4" : "is not in"));
        Assert.That(FilesIn(_consumer), Is.Empty);
    }

    [Test]
    public async Task AManifestNamingAPathOutsideTheWorkspaceIsRefusedBeforeAnythingIsWritten()
    {
        var store = await _store.OpenAsync();
        var content = "owned"u8.ToArray();
        var file = new ArtifactFile("../outside.txt", content.Length, StoreUnderTest.Sha256Of(content));
        await store.PutAsync(new ArtifactManifest(Producer, "bin", [file]), file, new MemoryStream(content), CancellationToken.None);
        await store.PublishManifestAsync(new ArtifactManifest(Producer, "bin", [file]), CancellationToken.None);

        var consumer = await _store.InstanceAsync(_consumer);
        var failure = Assert.ThrowsAsync<ArtifactException>(() => consumer.GetManifestAsync(Producer, "bin", CancellationToken.None));

        Assert.That(failure!.Message, Does.Contain("its manifest names '../outside.txt', which is not a path inside the workspace"));
        Assert.That(File.Exists(Path.Combine(Path.GetDirectoryName(_consumer.Root)!, "outside.txt")), Is.False);
    }

    [Test]
    public async Task APublishAgainReplacesTheManifest()
    {
        Write(_producer, "out/one.txt", "1"u8.ToArray());
        await PublishAsync("out/**");
        Write(_producer, "out/two.txt", "2"u8.ToArray());
        await PublishAsync("out/**");

        var consumer = await _store.InstanceAsync(_consumer);
        var manifest = await consumer.GetManifestAsync(Producer, "bin", CancellationToken.None);

        Assert.That(manifest!.Files.Select(f => f.Path), Is.EqualTo(new[] { "out/one.txt", "out/two.txt" }));
    }

    private async Task<ArtifactTransfer> PublishAsync(params string[] patterns)
    {
        var producer = await _store.InstanceAsync(_producer);
        var transfer = await producer.UploadAsync(Producer, "bin", patterns, CancellationToken.None);
        await producer.MakeVisibleAsync(transfer.Manifest, CancellationToken.None);
        return transfer;
    }

    private async Task<ArtifactException> ReceiveFailureAsync()
    {
        var consumer = await _store.InstanceAsync(_consumer);
        var manifest = await consumer.GetManifestAsync(Producer, "bin", CancellationToken.None);
        return Assert.ThrowsAsync<ArtifactException>(() => consumer.ReceiveAsync(manifest!, string.Empty, CancellationToken.None))!;
    }

    private static string[] FilesIn(WorkspaceDirectory workspace) =>
        [.. Directory.EnumerateFiles(workspace.Root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(workspace.Root, f))];

    private static void Write(WorkspaceDirectory workspace, string path, byte[] content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(workspace.PathOf(path))!);
        File.WriteAllBytes(workspace.PathOf(path), content);
    }

    private static byte[] RandomBytes(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }
}
