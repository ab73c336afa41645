using ModularPipelines.Distributed.Redis.Tests.Support;
using ModularPipelines.Distributed.Tests.Shared;

namespace ModularPipelines.Distributed.Redis.Tests.Artifacts;

/// <summary>
/// A build's output is mostly small files, each of which used to cost a round trip or more: small files now go to
/// Redis in batches of about 1 MiB, each a SET per file and one script, counted here on a Redis of its own, through the
/// store the runtime makes for a run (connected on first use).
/// </summary>
public sealed class SmallFileRoundTripTests
{
    private const int Files = 50;

    [Test]
    public async Task SmallFilesAreStoredByOneScriptPerBatchAndArriveWhole()
    {
        await using var redis = await RedisServer.StartAsync();
        using var workspace = new WorkspaceDirectory();
        for (var i = 0; i < Files; i++)
        {
            var bytes = new byte[1000 + (i * 997)];
            new Random(i).NextBytes(bytes);
            Directory.CreateDirectory(workspace.PathOf("out"));
            File.WriteAllBytes(workspace.PathOf($"out/{i}.dll"), bytes);
        }

        File.WriteAllBytes(workspace.PathOf("out/empty.txt"), []);
        var options = new RedisArtifactStoreOptions(redis.Configuration, "small-" + Guid.NewGuid().ToString("N")[..8], TimeSpan.FromMinutes(10), 1L << 30);
        await using var store = new LazyArtifactStore(cancellationToken => RedisArtifactStore.ConnectAsync(options, cancellationToken));
        await redis.Server.ExecuteAsync("CONFIG", "RESETSTAT");
        var producer = new ArtifactService(new Workspace(workspace.Root), store, TimeSpan.FromMinutes(1));

        var transfer = await producer.UploadAsync("Build.Compile", "bin", ["out/**"], CancellationToken.None);
        var calls = await redis.CommandCallsAsync();
        await producer.MakeVisibleAsync(transfer.Manifest, CancellationToken.None);
        using var received = new WorkspaceDirectory();
        var consumer = new ArtifactService(new Workspace(received.Root), store, TimeSpan.FromMinutes(1));
        await consumer.ReceiveAsync((await consumer.GetManifestAsync("Build.Compile", "bin", CancellationToken.None))!, string.Empty, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(transfer.FilesMoved, Is.EqualTo(Files + 1));
            // 1,271,325 bytes: two batches of at most 1 MiB.
            Assert.That(calls.GetValueOrDefault("evalsha") + calls.GetValueOrDefault("eval"), Is.EqualTo(2), "one script per batch: " + string.Join(", ", calls));
            Assert.That(calls.GetValueOrDefault("psetex") + calls.GetValueOrDefault("setex"), Is.EqualTo(Files), "a chunk's SET (with its TTL) per file but the empty one");
            for (var i = 0; i < Files; i++)
            {
                Assert.That(File.ReadAllBytes(received.PathOf($"out/{i}.dll")), Is.EqualTo(File.ReadAllBytes(workspace.PathOf($"out/{i}.dll"))));
            }

            Assert.That(File.ReadAllBytes(received.PathOf("out/empty.txt")), Is.Empty);
        }
    }
}
