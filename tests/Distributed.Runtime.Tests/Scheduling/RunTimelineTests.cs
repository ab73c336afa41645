using ModularPipelines.Distributed.Runtime.Tests.Support;

namespace ModularPipelines.Distributed.Runtime.Tests.Scheduling;

/// <summary>What the node table records for the report as the master queues, sees claims of, requeues and finishes a node.</summary>
public sealed class RunTimelineTests
{
    private readonly ManualClock _clock = new();
    private RunTimeline _timeline = null!;
    private NodeTable _nodes = null!;
    private GraphNode _build = null!;

    [SetUp]
    public void CreateTable()
    {
        var graph = PipelineGraph.Build([PipelineHarness.Definition([Node.Returning("Build")])]);
        _build = graph.Nodes.Single();
        _timeline = new RunTimeline(_clock);
        _nodes = new NodeTable(graph.Nodes, _timeline);
    }

    [Test]
    public void AClaimWhoseLeaseWasLostEndsWhenTheNodeIsQueuedAgainAndTheNextClaimCarriesTheInstancesOwnTimes()
    {
        var queuedAt = _clock.GetUtcNow();
        Queue(attempt: 1);
        _clock.Advance(TimeSpan.FromSeconds(1));
        var firstSeenAt = _clock.GetUtcNow();
        _nodes.TryStart(_build, new WorkLease(_build.Id, 1, 7, 2), firstSeenAt);
        _clock.Advance(TimeSpan.FromSeconds(30));
        var requeuedAt = _clock.GetUtcNow();
        Queue(attempt: 2);
        _clock.Advance(TimeSpan.FromSeconds(1));
        _nodes.TryStart(_build, new WorkLease(_build.Id, 2, 8, 3), _clock.GetUtcNow());
        var ranAt = _clock.GetUtcNow() - TimeSpan.FromMilliseconds(300);
        _nodes.Finish(_build, Result(ModuleStatus.Succeeded, ranAt, TimeSpan.FromSeconds(2), attempts: 2, instance: 3), stoppedByFailure: false, reportedByInstance: true);

        var history = _timeline.Of(_build);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(history.FirstQueuedAt, Is.EqualTo(queuedAt));
            Assert.That(history.Claims, Is.EqualTo(new[]
            {
                new ObservedClaim(1, 2, queuedAt, firstSeenAt, requeuedAt, Status: null, MeasuredByInstance: false),
                new ObservedClaim(2, 3, requeuedAt, ranAt, ranAt + TimeSpan.FromSeconds(2), ModuleStatus.Succeeded, MeasuredByInstance: true),
            }));
        }
    }

    [Test]
    public void AResultTheMasterDecidesWhileAClaimIsOpenEndsThatClaimAsLostWhenItIsDecided()
    {
        Queue(attempt: 1);
        var seenAt = _clock.GetUtcNow();
        _nodes.TryStart(_build, new WorkLease(_build.Id, 1, 7, 1), seenAt);
        _clock.Advance(TimeSpan.FromSeconds(31));
        _nodes.Finish(_build, Result(ModuleStatus.Failed, _clock.GetUtcNow(), TimeSpan.Zero, attempts: 1, instance: 1), stoppedByFailure: false);

        var history = _timeline.Of(_build);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(history.Claims.Select(c => (c.InstanceIndex, c.StartedAt, c.EndedAt, c.Status)),
                Is.EqualTo(new[] { (1, seenAt, _clock.GetUtcNow(), (ModuleStatus?)null) }));
            Assert.That(history.FinishedAt, Is.EqualTo(_clock.GetUtcNow()));
        }
    }

    [Test]
    public void AReportedResultWithoutASeenClaimStillMakesOneFromTheResultsOwnTimes()
    {
        Queue(attempt: 1);
        var ranAt = _clock.GetUtcNow();
        _nodes.Finish(_build, Result(ModuleStatus.Failed, ranAt, TimeSpan.FromSeconds(1), attempts: 1, instance: 4), stoppedByFailure: false, reportedByInstance: true);

        Assert.That(_timeline.Of(_build).Claims.Select(c => (c.Attempt, c.InstanceIndex, c.StartedAt, c.EndedAt, c.Status, c.MeasuredByInstance)),
            Is.EqualTo(new[] { (1, 4, ranAt, ranAt + TimeSpan.FromSeconds(1), (ModuleStatus?)ModuleStatus.Failed, true) }));
    }

    [Test]
    public void ANodeSkippedWithoutBeingQueuedHasNoQueueTimeAndNoClaim()
    {
        _nodes.Finish(_build, Result(ModuleStatus.Skipped, _clock.GetUtcNow(), TimeSpan.Zero, attempts: 0, instance: 0), stoppedByFailure: false);

        var history = _timeline.Of(_build);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(history.FirstQueuedAt, Is.Null);
            Assert.That(history.Claims, Is.Empty);
            Assert.That(history.FinishedAt, Is.EqualTo(_clock.GetUtcNow()));
        }
    }

    private void Queue(int attempt) => _nodes.Queue(_build, new WorkItem(_build.Id, attempt, WorkQueues.Any, 0), _clock.GetUtcNow());

    private ModuleResult Result(ModuleStatus status, DateTimeOffset startedAt, TimeSpan duration, int attempts, int instance) =>
        _build.Definition.CreateResult(new ModuleOutcome(status, startedAt, duration, attempts, instance), value: null);
}
