using ModularPipelines.Distributed.Redis.Tests.Support;

namespace ModularPipelines.Distributed.Redis.Tests.Payloads;

/// <summary>
/// A queue entry naming no module of the build (pushed by another program, or a stale run): the instance that claims
/// it refuses to map it to code, and the run itself is unaffected.
/// </summary>
public sealed class ForeignQueueEntryTests : DistributedTest
{
    private const string ForeignId = "Evil.NotAModule";

    /// <summary>The run takes a few seconds; a run that stalls is failed well before the general run timeout.</summary>
    private static readonly TimeSpan StallTimeout = TimeSpan.FromSeconds(30);

    [Test]
    public async Task AnUnknownModuleIdIsRejectedAndTheRunCompletes()
    {
        var run = NewRun("none");

        // Lower score than any real entry: it is the first thing claimed from the queue every instance serves.
        await run.Database.SortedSetAddAsync(run.Keys.Queue("any"), ForeignId + "\n1", -1e15);
        run.StartMaster(total: 2);
        run.StartWorker(1, 2);
        var exits = await run.WaitForAllAsync(StallTimeout);
        var results = run.ReadResults();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.Processes.Count(p => p.Output.Contains($"reject queue entry '{ForeignId}'", StringComparison.Ordinal)), Is.EqualTo(1), () => run.Transcripts);
            Assert.That(exits, Is.All.Zero, () => run.Transcripts);
            Assert.That(results.Rows, Has.Count.EqualTo(TestPipelineApp.ModuleCount).And.All.Property(nameof(ResultRow.Status)).EqualTo("Succeeded"), () => results.ToString());
            Assert.That(results.Rows.Select(r => r.Name), Has.None.Contains(ForeignId), "the foreign id reached the master's results");
        }
    }
}
