using ModularPipelines.Distributed.Redis.Tests.Support;
using static ModularPipelines.Distributed.Redis.Tests.Artifacts.LargeBuild;

namespace ModularPipelines.Distributed.Redis.Tests.Artifacts;

/// <summary>
/// kill -9 of the producer while its files cross to Redis: the artifact stays invisible until a whole upload is done,
/// and the module's re-run on another producer publishes it, its content counted once.
/// </summary>
public sealed class ProducerKilledMidUploadTests : DistributedTest
{
    [Test]
    public async Task NoPartOfTheArtifactIsVisibleAndTheRerunPublishesItOnce()
    {
        var run = new ArtifactRun(NewRun("plain", LargeBuild.Environment(), assemblyPath: ArtifactPipelineApp.AssemblyPath));
        await using var proxy = StallingProxy.HoldingRequestsAfter(run.Run.Redis.Port, HeldAfterBytes);
        var master = run.StartMaster(total: 4);
        var victim = run.StartProducer(1, 4, redis: proxy.Configuration);
        var consumer = run.StartConsumer(3, 4);

        await proxy.Stalled.WaitAsync(StepTimeout);
        victim.KillHard();
        var bigSha = run.Sha256Of(1, Big);
        var manifestAfterKill = await run.Run.Database.KeyExistsAsync(run.ManifestKey);
        var bigChunkAfterKill = await run.Run.Database.KeyExistsAsync(run.ChunkKey(bigSha, 0));
        var bigContentAfterKill = await run.Run.Database.KeyExistsAsync(run.ContentKey(bigSha));
        var survivor = run.StartProducer(2, 4);

        var masterExit = await master.WaitForExitAsync(RunTimeout);
        var survivorExit = await survivor.WaitForExitAsync(RunTimeout);
        var consumerExit = await consumer.WaitForExitAsync(RunTimeout);
        var results = run.Run.ReadResults();
        var received = run.FilesOf(3);
        var counted = (long)await run.Run.Database.HashGetAsync(run.CountedKey, "total");
        var distinctBytes = received.GroupBy(f => run.Sha256Of(3, f)).Sum(same => new FileInfo(run.PathIn(3, same.First())).Length);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(bigChunkAfterKill, Is.True, "the kill came before big.bin's first chunk was stored: not mid-upload");
            Assert.That(bigContentAfterKill, Is.False, "big.bin's content was complete before the kill: not mid-upload");
            Assert.That(manifestAfterKill, Is.False, "the manifest was visible while its content was half-stored");
            Assert.That(new[] { masterExit, survivorExit, consumerExit }, Is.All.Zero, () => run.Run.Transcripts);
            Assert.That(results["Compile"] with { Value = string.Empty }, Is.EqualTo(new ResultRow("Compile", "Succeeded", 2, 2, string.Empty, string.Empty)), () => results.ToString());
            Assert.That(results["UnitTests"].Status, Is.EqualTo("Succeeded"), () => results.ToString());
            Assert.That(results["IntegrationTests"].Status, Is.EqualTo("Succeeded"), () => results.ToString());
            Assert.That(await run.Run.Database.KeyExistsAsync(run.ManifestKey), Is.True, "the re-run published no manifest");
            Assert.That(received, Has.Member(Big));
            Assert.That(received.Where(f => run.Sha256Of(3, f) != run.Sha256Of(2, f)), Is.Empty, "files the consumer holds that differ from the producer's");
            Assert.That(counted, Is.EqualTo(distinctBytes), "bytes counted against the run's limit: every distinct content once, the killed upload's included");
        }
    }
}
