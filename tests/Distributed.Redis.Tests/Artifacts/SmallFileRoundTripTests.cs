using ModularPipelines.Distributed.Redis.Tests.Support;
using ModularPipelines.Distributed.Tests.Shared;

namespace ModularPipelines.Distributed.Redis.Tests.Artifacts;

/// <summary>
/// A build's output is mostly small files, each of which used to cost three round trips (reserve, chunk, commit): a
/// file of one chunk at most is now counted, stored and made visible by one script, counted here on a Redis of its own.
/// </summary>
public sealed class SmallFileRoundTripTests
{
    private const int Files = 50;

    [Test]
    public async Task EachFileOfOneChunkIsStoredByOneScriptAndArrivesWhole()
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
        await using var store = await RedisArtifactStore.ConnectAsync(options, CancellationToken.None);
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
            Assert.That(calls.GetValueOrDefault("evalsha") + calls.GetValueOrDefault("eval"), Is.EqualTo(Files + 1), "one script per file: " + string.Join(", ", calls));
            for (var i = 0; i < Files; i++)
            {
                Assert.That(File.ReadAllBytes(received.PathOf($"out/{i}.dll")), Is.EqualTo(File.ReadAllBytes(workspace.PathOf($"out/{i}.dll"))));
            }

            Assert.That(File.ReadAllBytes(received.PathOf("out/empty.txt")), Is.Empty);
        }
    }
}
