using ModularPipelines.Distributed.Tests.Shared;

namespace ModularPipelines.Distributed.Runtime.Tests.Artifacts;

/// <summary>
/// The download that modules on one instance share, over a real shared-folder store: one waiting module's cancellation
/// leaves it running for the others, and a failed one is tried again by the next module rather than remembered.
/// </summary>
public sealed class SharedDownloadTests
{
    private const string Producer = "Build.Compile";
    private DirectoryInfo _shared = null!;
    private WorkspaceDirectory _producer = null!;
    private WorkspaceDirectory _consumer = null!;

    [SetUp]
    public void CreateFolders()
    {
        _shared = Directory.CreateTempSubdirectory("mpd-shared-artifacts-");
        _producer = new WorkspaceDirectory();
        _consumer = new WorkspaceDirectory();
        Directory.CreateDirectory(_producer.PathOf("out"));
        File.WriteAllText(_producer.PathOf("out/app.dll"), "compiled");
    }

    [TearDown]
    public void DeleteFolders()
    {
        _consumer.Dispose();
        _producer.Dispose();
        _shared.Delete(recursive: true);
    }

    [Test]
    public async Task OneWaitingModulesCancellationDoesNotCancelTheDownloadTheOthersShare()
    {
        var manifest = await PublishAsync();
        var gated = new GatedStore(Store());
        var consumer = new ArtifactService(new Workspace(_consumer.Root), gated, TimeSpan.FromMinutes(1));
        using var first = new CancellationTokenSource();

        var cancelled = consumer.ReceiveAsync(manifest, string.Empty, first.Token);
        var joined = consumer.ReceiveAsync(manifest, string.Empty, CancellationToken.None);
        await WaitUntilAsync(() => gated.Reads == 1);
        await first.CancelAsync();
        Assert.That(async () => await cancelled, Throws.InstanceOf<OperationCanceledException>());
        gated.Open();
        var (transfer, wasJoined) = await joined;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(wasJoined, Is.True, "the second module joined the first one's download");
            Assert.That(transfer.FilesMoved, Is.EqualTo(1));
            Assert.That(gated.Reads, Is.EqualTo(1), "the content was read from the store once");
            Assert.That(_consumer.Read("out/app.dll"), Is.EqualTo("compiled"));
        }
    }

    [Test]
    public async Task ADownloadThatFailedIsTriedAgainByTheNextModule()
    {
        var manifest = await PublishAsync();
        var content = Directory.EnumerateFiles(Path.Combine(_shared.FullName), "*", SearchOption.AllDirectories).Single(f => f.Contains("content", StringComparison.Ordinal));
        var saved = File.ReadAllBytes(content);
        File.Delete(content);
        var consumer = new ArtifactService(new Workspace(_consumer.Root), Store(), TimeSpan.FromMinutes(1));

        var failure = Assert.ThrowsAsync<ArtifactException>(() => consumer.ReceiveAsync(manifest, string.Empty, CancellationToken.None));
        File.WriteAllBytes(content, saved);
        var (transfer, joined) = await consumer.ReceiveAsync(manifest, string.Empty, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(failure!.Message, Does.Contain("artifact 'bin' of Build.Compile: out/app.dll could not be read from the store"));
            Assert.That(joined, Is.False, "the failed download was not handed to the next module");
            Assert.That(transfer.FilesMoved, Is.EqualTo(1));
            Assert.That(_consumer.Read("out/app.dll"), Is.EqualTo("compiled"));
        }
    }

    private DirectoryArtifactStore Store() => new(_shared.FullName, "run-1");

    private async Task<ArtifactManifest> PublishAsync()
    {
        var producer = new ArtifactService(new Workspace(_producer.Root), Store(), TimeSpan.FromMinutes(1));
        var transfer = await producer.UploadAsync(Producer, "bin", ["out/**"], CancellationToken.None);
        await producer.MakeVisibleAsync(transfer.Manifest, CancellationToken.None);
        return transfer.Manifest;
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), "the download did not reach the store");
            await Task.Delay(10);
        }
    }
}
