using ModularPipelines.Distributed.Redis.Tests.Support;
using static ModularPipelines.Distributed.Redis.Tests.Artifacts.LargeBuild;

namespace ModularPipelines.Distributed.Redis.Tests.Artifacts;

/// <summary>
/// kill -9 of a consumer while big.bin crosses to its workspace: nothing under a file's real name is half-written, and
/// a process started on the same workspace runs the consumers again and ends with every file right.
/// </summary>
public sealed class ConsumerKilledMidDownloadTests : DistributedTest
{
    [Test]
    public async Task NoFileIsHalfWrittenAndARestartedConsumerEndsWithTheRightFiles()
    {
        var run = new ArtifactRun(NewRun("plain", LargeBuild.Environment(), assemblyPath: ArtifactPipelineApp.AssemblyPath));
        await using var proxy = StallingProxy.HoldingRepliesAfter(run.Run.Redis.Port, HeldAfterBytes);
        var master = run.StartMaster(total: 4);
        var producer = run.StartProducer(1, 4);
        var victim = run.StartConsumer(2, 4, redis: proxy.Configuration);

        await proxy.Stalled.WaitAsync(StepTimeout);
        var partial = await WaitForPartialAsync(run, Big);
        victim.KillHard();
        var left = run.FilesOf(2);
        var wrong = left.Where(f => !f.EndsWith(".mpd-partial", StringComparison.Ordinal) && run.Sha256Of(2, f) != run.Sha256Of(1, f)).ToList();
        var restarted = run.StartConsumer(3, 4, workspace: 2);

        var masterExit = await master.WaitForExitAsync(RunTimeout);
        var producerExit = await producer.WaitForExitAsync(RunTimeout);
        var restartedExit = await restarted.WaitForExitAsync(RunTimeout);
        var results = run.Run.ReadResults();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(new FileInfo(partial).Length, Is.InRange(1, BigBytes - 1), "the kill came before or after big.bin's download: not mid-download");
            Assert.That(left, Has.No.Member(Big), "big.bin under its real name before its download finished");
            Assert.That(wrong, Is.Empty, "files under their real names whose content is not the producer's");
            Assert.That(new[] { masterExit, producerExit, restartedExit }, Is.All.Zero, () => run.Run.Transcripts);
            Assert.That(results["UnitTests"] with { Value = string.Empty }, Is.EqualTo(new ResultRow("UnitTests", "Succeeded", 3, 2, string.Empty, string.Empty)), () => results.ToString());
            Assert.That(results["IntegrationTests"] with { Value = string.Empty }, Is.EqualTo(new ResultRow("IntegrationTests", "Succeeded", 3, 2, string.Empty, string.Empty)), () => results.ToString());
            Assert.That(run.Sha256Of(2, Big), Is.EqualTo(run.Sha256Of(1, Big)), "big.bin in the consumer's workspace after the re-run");
        }
    }

    /// <summary>
    /// Waits for a file of <paramref name="path"/> in the consumer's workspace to hold some bytes and returns its path:
    /// the temporary file, or (were downloads written in place) the file itself.
    /// </summary>
    private static async Task<string> WaitForPartialAsync(ArtifactRun run, string path)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var folder = Path.GetDirectoryName(run.PathIn(2, path))!;
        while (true)
        {
            var partial = Directory.Exists(folder)
                ? Directory.EnumerateFiles(folder, Path.GetFileName(path) + "*").FirstOrDefault(f => new FileInfo(f).Length > 0)
                : null;
            if (partial is not null)
            {
                return partial;
            }

            if (clock.Elapsed > StepTimeout)
            {
                Assert.Fail($"no partial {path} in the consumer's workspace within {StepTimeout.TotalSeconds:0.#}s.\n{run.Run.Transcripts}");
            }

            await Task.Delay(20);
        }
    }
}
