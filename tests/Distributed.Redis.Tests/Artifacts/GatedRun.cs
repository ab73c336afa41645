using ModularPipelines.Distributed.Redis.Tests.Support;

namespace ModularPipelines.Distributed.Redis.Tests.Artifacts;

/// <summary>
/// The artifact pipeline's tamper scenario on a master, a producer and a consumer: the Gate module holds the consumers
/// after the producer published, so a test can change what the store holds before they download.
/// </summary>
internal sealed class GatedRun
{
    private readonly PipelineProcess _master;
    private readonly PipelineProcess[] _workers;

    private GatedRun(ArtifactRun run)
    {
        Run = run;
        _master = run.StartMaster(total: 3);
        _workers = [run.StartProducer(1, 3), run.StartConsumer(2, 3)];
    }

    public ArtifactRun Run { get; }

    /// <summary>The consumer's instance (and workspace).</summary>
    public static int Consumer => 2;

    /// <summary>Starts the run and waits for the producer's manifest to be visible.</summary>
    public static async Task<GatedRun> PublishedAsync(DistributedRun run, TimeSpan timeout)
    {
        var gated = new GatedRun(new ArtifactRun(run));
        await gated.Run.WaitForManifestAsync(timeout);
        return gated;
    }

    /// <summary>
    /// Opens the gate, waits for the run to end and checks that both consumers failed with <paramref name="failure"/> in
    /// their error and in the master's output, the run failing and every process ending; then <paramref name="andThen"/>.
    /// </summary>
    public async Task OpenAndCheckTheConsumersFailedAsync(string failure, TimeSpan timeout, Action andThen)
    {
        Run.Run.Release("gate");
        var masterExit = await _master.WaitForExitAsync(timeout);
        var exits = new List<int>();
        foreach (var worker in _workers)
        {
            exits.Add(await worker.WaitForExitAsync(timeout));
        }

        var results = Run.Run.ReadResults();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(masterExit, Is.Not.Zero, () => _master.Output);
            Assert.That(exits, Is.All.Zero, () => Run.Run.Transcripts);
            foreach (var module in (string[])["UnitTests", "IntegrationTests"])
            {
                Assert.That(results[module].Status, Is.EqualTo("Failed"), () => results.ToString());
                Assert.That(results[module].Detail, Does.Contain(failure), () => results.ToString());
            }

            Assert.That(_master.Output, Does.Contain(failure), () => _master.Output);
            andThen();
        }
    }
}
