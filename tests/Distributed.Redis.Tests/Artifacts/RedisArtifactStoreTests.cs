using ModularPipelines.Distributed.Tests.Shared;
using StackExchange.Redis;

namespace ModularPipelines.Distributed.Redis.Tests.Artifacts;

/// <summary>What only the Redis store promises: the run's byte limit, the run's keys and TTL, access limited by ACL.</summary>
public sealed class RedisArtifactStoreTests
{
    private const string Producer = "Build.Compile";
    private StoreUnderTest _store = null!;
    private WorkspaceDirectory _workspace = null!;

    [SetUp]
    public async Task CreateStore()
    {
        _store = await StoreUnderTest.CreateAsync(ArtifactStoreKind.Redis);
        _workspace = new WorkspaceDirectory();
    }

    [TearDown]
    public async Task DisposeStore()
    {
        await _store.DisposeAsync();
        _workspace.Dispose();
    }

    [Test]
    public async Task APublishThatWouldPassTheRunsLimitFailsNamingTheArtifactTheFileAndTheLimit()
    {
        Write("out/a.bin", 600_000, seed: 1);
        Write("out/b.bin", 600_000, seed: 2);
        var service = await _store.InstanceAsync(_workspace, maxRunBytes: 1_000_000);

        var failure = Assert.ThrowsAsync<ArtifactException>(() => service.UploadAsync(Producer, "bin", ["out/**"], CancellationToken.None));

        var chunks = TestEnvironment.Redis.Server.Keys(pattern: $"mpd:{{{_store.RunId}}}:chunk:*").ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(failure!.Message, Does.Match(
                @"^artifact 'bin' of Build\.Compile: storing out/[ab]\.bin \(600\.0 kB\) would pass the run's artifact limit of 1\.0 MB \(600\.0 kB already stored\): publish fewer files, or raise DistributedOptions\.MaxArtifactBytes$"));
            Assert.That(chunks, Has.Count.EqualTo(1), "the refused file's bytes are not left in Redis");
        }
    }

    [Test]
    public async Task ContentPublishedTwiceIsCountedOnceAgainstTheLimit()
    {
        Write("out/a.bin", 600_000, seed: 1);
        var service = await _store.InstanceAsync(_workspace, maxRunBytes: 1_000_000);

        for (var attempt = 0; attempt < 3; attempt++)
        {
            var transfer = await service.UploadAsync(Producer, "bin", ["out/**"], CancellationToken.None);
            await service.MakeVisibleAsync(transfer.Manifest, CancellationToken.None);
        }

        Assert.That((long)await TestEnvironment.Redis.Database.HashGetAsync($"mpd:{{{_store.RunId}}}:artifact-bytes", "total"), Is.EqualTo(600_000));
    }

    [Test]
    public async Task EveryKeyOfAnArtifactIsUnderTheRunsPrefixAndExpires()
    {
        Write("out/a.bin", (2 * 1024 * 1024) + 5, seed: 3);
        var service = await _store.InstanceAsync(_workspace);
        var transfer = await service.UploadAsync(Producer, "bin", ["out/**"], CancellationToken.None);
        await service.MakeVisibleAsync(transfer.Manifest, CancellationToken.None);

        var keys = TestEnvironment.Redis.Server.Keys(pattern: $"mpd:{{{_store.RunId}}}:*").Select(k => (string)k!).ToList();
        var sha = transfer.Manifest.Files[0].Sha256;

        Assert.That(keys.Order(StringComparer.Ordinal), Is.EqualTo(new[]
        {
            $"mpd:{{{_store.RunId}}}:artifact-bytes",
            $"mpd:{{{_store.RunId}}}:artifact:{Producer}:BIN",
            $"mpd:{{{_store.RunId}}}:chunk:{sha}:0",
            $"mpd:{{{_store.RunId}}}:chunk:{sha}:1",
            $"mpd:{{{_store.RunId}}}:chunk:{sha}:2",
            $"mpd:{{{_store.RunId}}}:content:{sha}",
        }));
        foreach (var key in keys)
        {
            var ttl = await TestEnvironment.Redis.Database.KeyTimeToLiveAsync(key);
            Assert.That(ttl, Is.GreaterThan(TimeSpan.FromMinutes(9)).And.LessThanOrEqualTo(TimeSpan.FromMinutes(10)), key);
        }
    }

    [Test]
    public async Task ContentWithAChunkLostBeforeItsCommitStaysInvisible()
    {
        var keys = new RedisArtifactKeys(_store.RunId);
        var file = new ArtifactFile("out/a.bin", 10, new string('a', 64));
        var database = TestEnvironment.Redis.Database;
        await database.StringSetAsync(keys.Chunk(file.Sha256, 0), new byte[4]);
        await database.StringSetAsync(keys.Chunk(file.Sha256, 2), new byte[2]);

        var missing = await CommitContentScript.RunAsync(database, keys, file, chunkBytes: 4, chunkCount: 3, ttlMilliseconds: 60_000);

        Assert.That(missing, Is.EqualTo(1));
        Assert.That(await database.KeyExistsAsync(keys.Content(file.Sha256)), Is.False);
    }

    [Test]
    public async Task ABatchThatWouldPassTheLimitStoresWhatFitsAndLeavesNoChunkOfTheRestButKeepsContentStoredBefore()
    {
        Write("out/4.bin", 100_000, seed: 14);
        var service = await _store.InstanceAsync(_workspace, maxRunBytes: 250_000);
        var earlier = await service.UploadAsync(Producer, "earlier", ["out/4.bin"], CancellationToken.None);
        for (var i = 0; i < 4; i++)
        {
            Write($"out/{i}.bin", 50_000 + i, seed: 10 + i);
        }

        // One batch of five (out/0.bin to out/4.bin): the first two fit beside out/4.bin, out/2.bin would pass the limit.
        var failure = Assert.ThrowsAsync<ArtifactException>(() => service.UploadAsync(Producer, "bin", ["out/**"], CancellationToken.None));

        var chunks = TestEnvironment.Redis.Server.Keys(pattern: $"mpd:{{{_store.RunId}}}:chunk:*").Select(k => (string)k!).ToList();
        var contents = TestEnvironment.Redis.Server.Keys(pattern: $"mpd:{{{_store.RunId}}}:content:*").Count();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(failure!.Message, Does.StartWith("artifact 'bin' of Build.Compile: storing out/2.bin (50.0 kB) would pass the run's artifact limit of 250.0 kB (200.0 kB already stored)"));
            Assert.That(chunks, Has.Count.EqualTo(3), "out/0.bin, out/1.bin and out/4.bin: " + string.Join(", ", chunks));
            Assert.That(chunks, Does.Contain($"mpd:{{{_store.RunId}}}:chunk:{earlier.Manifest.Files[0].Sha256}:0"), "content stored before is not deleted");
            Assert.That(contents, Is.EqualTo(3));
        }
    }

    [Test]
    public async Task ABatchWhoseChunkIsMissingCommitsTheOthersAndNotThatOne()
    {
        var keys = new RedisArtifactKeys(_store.RunId);
        var files = new[] { 'a', 'b', 'c' }.Select(c => new ArtifactFile($"out/{c}.bin", 4, new string(c, 64))).ToArray();
        var database = TestEnvironment.Redis.Database;
        await database.StringSetAsync(keys.Chunk(files[0].Sha256, 0), new byte[4]);
        await database.StringSetAsync(keys.Chunk(files[2].Sha256, 0), new byte[4]);

        var reply = await CommitSmallContentsScript.CommitAsync(database, keys, files, chunkBytes: 4, limitBytes: 1000, TimeSpan.FromMinutes(1));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(reply.Statuses, Is.EqualTo(new[] { CommitSmallContentsScript.Status.Stored, CommitSmallContentsScript.Status.ChunkLost, CommitSmallContentsScript.Status.Stored }));
            Assert.That(await database.KeyExistsAsync(keys.Content(files[1].Sha256)), Is.False);
            Assert.That(await database.KeyExistsAsync(keys.Content(files[2].Sha256)), Is.True);
        }
    }

    [Test]
    public async Task AUserAllowedOnlyTheRunsKeysCanPublishAndReceive()
    {
        var user = "artifacts-" + Guid.NewGuid().ToString("N")[..8];
        await TestEnvironment.Redis.Database.ExecuteAsync("ACL", "SETUSER", user, "on", ">secret", "resetkeys", $"~mpd:{{{_store.RunId}}}:*", "resetchannels", "-@all", "+@read", "+@write", "+@scripting", "+@connection", "-@dangerous", "+info");
        Write("out/a.bin", (1024 * 1024) + 1, seed: 4);
        Write("out/b.txt", 100, seed: 5);
        var options = new RedisArtifactStoreOptions($"{TestEnvironment.Redis.Configuration},user={user},password=secret", _store.RunId, TimeSpan.FromMinutes(10), 1L << 30);
        await using var store = await RedisArtifactStore.ConnectAsync(options, CancellationToken.None);
        await using var other = await RedisArtifactStore.ConnectAsync(options with { RunId = "another-run" }, CancellationToken.None);
        var service = new ArtifactService(new Workspace(_workspace.Root), store, TimeSpan.FromMinutes(1));

        var transfer = await service.UploadAsync(Producer, "bin", ["out/**"], CancellationToken.None);
        await service.MakeVisibleAsync(transfer.Manifest, CancellationToken.None);
        using var received = new WorkspaceDirectory();
        var consumer = new ArtifactService(new Workspace(received.Root), store, TimeSpan.FromMinutes(1));
        await consumer.ReceiveAsync((await consumer.GetManifestAsync(Producer, "bin", CancellationToken.None))!, string.Empty, CancellationToken.None);

        Assert.That(File.ReadAllBytes(received.PathOf("out/a.bin")), Is.EqualTo(File.ReadAllBytes(_workspace.PathOf("out/a.bin"))));
        Assert.That(File.ReadAllBytes(received.PathOf("out/b.txt")), Is.EqualTo(File.ReadAllBytes(_workspace.PathOf("out/b.txt"))));
        var refused = Assert.ThrowsAsync<RedisServerException>(() => other.ContainsAsync(transfer.Manifest.Files[0].Sha256, CancellationToken.None));
        Assert.That(refused!.Message, Does.Contain("NOPERM"));
    }

    private void Write(string path, int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        Directory.CreateDirectory(Path.GetDirectoryName(_workspace.PathOf(path))!);
        File.WriteAllBytes(_workspace.PathOf(path), bytes);
    }
}
