using ModularPipelines.Distributed.Runtime.Tests.Support;

namespace ModularPipelines.Distributed.Runtime.Tests.Scheduling;

/// <summary>The master's node states: each node in exactly one, changed only by the transitions the table allows.</summary>
public sealed class NodeTableTests
{
    [Test]
    public void NodesWithoutDependenciesStartReadyAndTheRestWait()
    {
        var graph = new ScheduledGraph(Node.Returning("Build"), Node.Returning("Test", dependsOn: ["Build"]));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(graph.StateOf("Build"), Is.EqualTo(NodeState.Ready));
            Assert.That(graph.StateOf("Test"), Is.EqualTo(NodeState.Waiting));
        }
    }

    [Test]
    public void ANodeBecomesReadyWhenItsLastDependencyFinishesWhateverTheResult()
    {
        var graph = new ScheduledGraph(Node.Returning("Build"), Node.Returning("Lint"), Node.Returning("Pack", dependsOn: ["Build", "Lint"]));

        graph.Finish("Build", ModuleStatus.Succeeded);
        var afterOne = graph.StateOf("Pack");
        graph.Finish("Lint", ModuleStatus.Failed);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(afterOne, Is.EqualTo(NodeState.Waiting));
            Assert.That(graph.StateOf("Pack"), Is.EqualTo(NodeState.Ready));
            Assert.That(graph.Nodes.ReadyInPriorityOrder(), Is.EqualTo(new[] { graph["Pack"] }));
        }
    }

    [Test]
    public void ReadyNodesComeLongestRemainingPathFirst()
    {
        var graph = new ScheduledGraph(Node.Returning("Short"), Node.Returning("Long"), Node.Returning("AfterLong", dependsOn: ["Long"]));

        Assert.That(graph.Nodes.ReadyInPriorityOrder(), Is.EqualTo(new[] { graph["Long"], graph["Short"] }));
    }

    [Test]
    public void AQueuedNodeRunsOnTheInstanceThatClaimedItAndFinishesWithItsResult()
    {
        var graph = new ScheduledGraph(Node.Returning("Build"));
        var item = graph.Queue("Build", at: DateTimeOffset.UnixEpoch.AddSeconds(5));

        var queued = (graph.StateOf("Build"), graph.Nodes.ItemOf(graph["Build"]), graph.Nodes.EnqueuedAtOf(graph["Build"]), graph.Nodes.OutstandingCount);
        var started = graph.Nodes.TryStart(graph["Build"], instanceIndex: 2);
        var running = (graph.StateOf("Build"), graph.Nodes.InstanceOf(graph["Build"]));
        graph.Finish("Build", ModuleStatus.Succeeded);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(queued, Is.EqualTo((NodeState.Queued, item, DateTimeOffset.UnixEpoch.AddSeconds(5), 1)));
            Assert.That(started, Is.True);
            Assert.That(running, Is.EqualTo((NodeState.Running, 2)));
            Assert.That(graph.StateOf("Build"), Is.EqualTo(NodeState.Finished));
            Assert.That(graph.Nodes.ResultOf(graph["Build"]).Status, Is.EqualTo(ModuleStatus.Succeeded));
            Assert.That(graph.Nodes.OutstandingCount, Is.Zero);
            Assert.That(graph.Nodes.AllFinished, Is.True);
        }
    }

    [Test]
    public void ARunningNodeRequeuedAfterItsLeaseExpiredIsQueuedWithItsNewAttempt()
    {
        var graph = new ScheduledGraph(Node.Returning("Build"));
        graph.Queue("Build");
        graph.Nodes.TryStart(graph["Build"], instanceIndex: 1);
        var retry = new WorkItem(graph["Build"].Id, 2, WorkQueues.Any, 0);

        graph.Nodes.Queue(graph["Build"], retry, DateTimeOffset.UnixEpoch.AddMinutes(1));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(graph.StateOf("Build"), Is.EqualTo(NodeState.Queued));
            Assert.That(graph.Nodes.ItemOf(graph["Build"]), Is.EqualTo(retry));
            Assert.That(graph.Nodes.EnqueuedAtOf(graph["Build"]), Is.EqualTo(DateTimeOffset.UnixEpoch.AddMinutes(1)));
            Assert.That(graph.Nodes.OutstandingCount, Is.EqualTo(1));
        }
    }

    [Test]
    public void AStartIsIgnoredForANodeThatIsNotQueued()
    {
        var graph = new ScheduledGraph(Node.Returning("Build"));

        Assert.That(graph.Nodes.TryStart(graph["Build"], instanceIndex: 1), Is.False);
        Assert.That(graph.StateOf("Build"), Is.EqualTo(NodeState.Ready));
    }

    [Test]
    public void APlannedNodeIsQueuedWhenTheCoordinatorReleasesIt()
    {
        var graph = new ScheduledGraph(Node.Returning("Build"), Node.Returning("Test", dependsOn: ["Build"]));
        graph.Queue("Build");
        var release = new WorkItem(graph["Test"].Id, 1, WorkQueues.Any, 0);
        graph.Nodes.Plan(graph["Test"], release);
        var planned = graph.StateOf("Test");

        var released = graph.Nodes.TryRelease(graph["Test"], DateTimeOffset.UnixEpoch);
        graph.Finish("Build", ModuleStatus.Succeeded);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(planned, Is.EqualTo(NodeState.Planned));
            Assert.That(released, Is.True);
            Assert.That(graph.StateOf("Test"), Is.EqualTo(NodeState.Queued), "the released node was taken for ready when its dependency finished");
            Assert.That(graph.Nodes.ItemOf(graph["Test"]), Is.EqualTo(release));
            Assert.That(graph.Nodes.ReadyInPriorityOrder(), Is.Empty);
        }
    }

    [Test]
    public void APlanIsVoidWhenTheDependencyFinishesWithoutReleasingTheNode()
    {
        var graph = new ScheduledGraph(Node.Returning("Build"), Node.Returning("Test", dependsOn: ["Build"]));
        graph.Queue("Build");
        graph.Nodes.Plan(graph["Test"], new WorkItem(graph["Test"].Id, 1, WorkQueues.Any, 0));

        graph.Finish("Build", ModuleStatus.Failed);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(graph.StateOf("Test"), Is.EqualTo(NodeState.Ready));
            Assert.That(graph.Nodes.TryRelease(graph["Test"], DateTimeOffset.UnixEpoch), Is.False, "a late release of a void plan was taken");
        }
    }

    [Test]
    public void TheFirstFailureIsTheFirstFailedOrTimedOutNodeNotACancelledOne()
    {
        var graph = new ScheduledGraph(Node.Returning("Cancelled"), Node.Returning("TimedOut"), Node.Returning("Failed"));

        bool[] firsts = [graph.Finish("Cancelled", ModuleStatus.Cancelled), graph.Finish("TimedOut", ModuleStatus.TimedOut), graph.Finish("Failed", ModuleStatus.Failed)];

        using (Assert.EnterMultipleScope())
        {
            Assert.That(firsts, Is.EqualTo(new[] { false, true, false }));
            Assert.That(graph.Nodes.FirstFailure, Is.SameAs(graph["TimedOut"]));
        }
    }

    [Test]
    public void ATransitionTheTableDoesNotAllowThrowsNamingTheNodeAndItsState()
    {
        var graph = new ScheduledGraph(Node.Returning("Build"), Node.Returning("Test", dependsOn: ["Build"]));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(() => graph.Queue("Test"), Throws.InvalidOperationException.With.Message.StartsWith("Test is Waiting"));
            Assert.That(() => graph.Finish("Test", ModuleStatus.Cancelled), Throws.InvalidOperationException.With.Message.StartsWith("Test is Waiting"));
            Assert.That(() => graph.Nodes.ItemOf(graph["Build"]), Throws.InvalidOperationException.With.Message.StartsWith("Build is Ready"));
        }
    }
}
