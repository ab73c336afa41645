using ModularPipelines.Distributed.Redis.Tests.Support;
using StackExchange.Redis;

namespace ModularPipelines.Distributed.Redis.Tests.Artifacts;

/// <summary>
/// A chunk of big.bin damaged in Redis after the producer published it and before the consumers download: the
/// consumers fail naming the artifact and the file, and the file is not written, neither whole nor cut short.
/// </summary>
public sealed class DamagedContentTests : DistributedTest
{
    private const string Big = "out/bin/big.bin";

    // A middle one of big.bin's four chunks: a reader that stopped at the gap would have a plausible file, only shorter.
    private const int DamagedChunk = 1;

    [Test]
    public Task ADeletedChunkFailsTheConsumersAndWritesNoFile() =>
        DamageAndConsumeAsync((database, chunk) => database.KeyDeleteAsync(chunk), $"chunk {DamagedChunk} of 4 of its content");

    [Test]
    public Task AFlippedByteFailsTheConsumersAndWritesNoFile() =>
        DamageAndConsumeAsync(
            async (database, chunk) =>
            {
                var held = (byte[])(await database.StringGetRangeAsync(chunk, 1000, 1000))!;
                await database.StringSetRangeAsync(chunk, 1000, new byte[] { (byte)(held[0] ^ 0xFF) });
            },
            "arrived damaged");

    [Test]
    public Task AShortenedChunkFailsTheConsumersAndWritesNoFile() =>
        DamageAndConsumeAsync(
            async (database, chunk) => await database.StringSetAsync(chunk, await database.StringGetRangeAsync(chunk, 0, 999), expiry: null, keepTtl: true),
            "holds 1,000 bytes instead of");

    private async Task DamageAndConsumeAsync(Func<IDatabase, RedisKey, Task> damage, string expectedProblem)
    {
        var gated = await GatedRun.PublishedAsync(NewRun("tamper", assemblyPath: ArtifactPipelineApp.AssemblyPath), StepTimeout);
        var run = gated.Run;
        var chunk = run.ChunkKey(run.Sha256Of(1, Big), DamagedChunk);
        Assert.That(await run.Run.Database.KeyExistsAsync(chunk), Is.True, $"{chunk} was never stored");
        await damage(run.Run.Database, chunk);

        await gated.OpenAndCheckTheConsumersFailedAsync($"artifact 'bin' of {ArtifactPipelineApp.ModuleId("Compile")}: {Big} ", RunTimeout, () =>
        {
            var results = run.Run.ReadResults();
            Assert.That(new[] { results["UnitTests"].Detail, results["IntegrationTests"].Detail }, Has.All.Contains(expectedProblem));
            Assert.That(run.FilesOf(GatedRun.Consumer).Where(f => f.StartsWith(Big, StringComparison.Ordinal)), Is.Empty, "big.bin or its temporary file in the consumer's workspace");
        });
    }
}
