using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ModularPipelines.Distributed.Runtime.Tests.Commands;
using ModularPipelines.Distributed.Runtime.Tests.Support;

namespace ModularPipelines.Distributed.Runtime.Tests.Scheduling;

/// <summary>The checks on what the coordinator holds, driven by a manual clock against an in-memory coordinator.</summary>
public sealed class RunSupervisorTests
{
    private static readonly TimeSpan HeartbeatTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan CapabilityTimeout = TimeSpan.FromMinutes(5);
    private readonly ManualClock _clock = new();
    private InMemoryCoordinator _coordinator = null!;

    [SetUp]
    public void CreateCoordinator() => _coordinator = new InMemoryCoordinator(_clock);

    [TearDown]
    public async Task DisposeCoordinator() => await _coordinator.DisposeAsync();

    [Test]
    public async Task ANodeWhoseLeaseExpiredIsQueuedAgainWithTheNextAttempt()
    {
        var (graph, supervisor) = Supervise(leaseRecoveries: 1, Node.Returning("Build"));
        await StartOnWorkerAsync(graph, "Build", lease: HeartbeatTimeout);

        _clock.Advance(HeartbeatTimeout + TimeSpan.FromSeconds(1));
        await supervisor.SuperviseAsync(cancelledAt: null, CancellationToken.None);
        var reclaimed = await ClaimAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(graph.StateOf("Build"), Is.EqualTo(NodeState.Queued));
            Assert.That(graph.Nodes.ItemOf(graph["Build"]).Attempt, Is.EqualTo(2));
            Assert.That(reclaimed.Select(l => (l.NodeId, l.Attempt)), Is.EqualTo(new[] { (graph["Build"].Id, 2) }));
        }
    }

    [Test]
    public async Task ANodeWhoseLeaseExpiredWithNoAttemptsLeftFailsNamingTheSilentInstance()
    {
        var (graph, supervisor) = Supervise(leaseRecoveries: 0, Node.Returning("Build"));
        await StartOnWorkerAsync(graph, "Build", lease: HeartbeatTimeout);

        _clock.Advance(HeartbeatTimeout + TimeSpan.FromSeconds(1));
        await supervisor.SuperviseAsync(cancelledAt: null, CancellationToken.None);

        var result = graph.Nodes.ResultOf(graph["Build"]);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Status, Is.EqualTo(ModuleStatus.Failed));
            Assert.That(result.Error?.Message, Is.EqualTo("instance 1 stopped renewing its lease on Build (attempt 1) and no attempts are left"));
            Assert.That(graph.Nodes.FirstFailure, Is.SameAs(graph["Build"]));
        }
    }

    [Test]
    public async Task AQueuedNodeNoLiveInstanceServesFailsOnceItHasWaitedTheCapabilityTimeout()
    {
        var (graph, supervisor) = Supervise(leaseRecoveries: 1, Node.Returning("GpuJob", requires: ["gpu"]));
        await _coordinator.JoinRunAsync(new InstanceRegistration(0, ["linux"], PipelineHarness.Fingerprint, 1, "test"), CancellationToken.None);
        await QueueAsync(graph, "GpuJob");

        _clock.Advance(CapabilityTimeout - TimeSpan.FromSeconds(1));
        await supervisor.SuperviseAsync(cancelledAt: null, CancellationToken.None);
        var beforeTheTimeout = graph.StateOf("GpuJob");
        await _coordinator.HeartbeatAsync(0, [], HeartbeatTimeout, CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(1));
        await supervisor.SuperviseAsync(cancelledAt: null, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(beforeTheTimeout, Is.EqualTo(NodeState.Queued));
            Assert.That(graph.Nodes.ResultOf(graph["GpuJob"]).Status, Is.EqualTo(ModuleStatus.Failed));
            Assert.That(graph.Nodes.ResultOf(graph["GpuJob"]).Error?.Message, Does.StartWith("no live instance advertises capability gpu needed by GpuJob; waited 5m"));
            Assert.That(await ClaimAsync("cap:gpu"), Is.Empty, "the failed node was left in its queue");
        }
    }

    [Test]
    public async Task ANodeThatFailedWithoutStartingSaysSoInItsLogLineAndGivesNoDuration()
    {
        var log = new RecordingLogger();
        var (graph, supervisor) = Supervise(leaseRecoveries: 1, log, Node.Returning("GpuJob", requires: ["gpu"]));
        await _coordinator.JoinRunAsync(new InstanceRegistration(0, ["linux"], PipelineHarness.Fingerprint, 1, "test"), CancellationToken.None);
        await QueueAsync(graph, "GpuJob");

        _clock.Advance(CapabilityTimeout);
        await supervisor.SuperviseAsync(cancelledAt: null, CancellationToken.None);

        var line = log.Entries.Select(e => e.Message).Single(m => m.StartsWith("FAIL", StringComparison.Ordinal));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(line, Does.StartWith("FAIL   GpuJob Failed without starting [1/1]"));
            Assert.That(line, Does.Contain("waited 5m"), "how long it waited is in the failure itself");
            Assert.That(graph.Nodes.ResultOf(graph["GpuJob"]).Attempts, Is.Zero, "as the summary shows: no attempt, no duration");
        }
    }

    [Test]
    public async Task AQueuedNodeWhoseOptionalCapabilityNoInstanceAdvertisesIsSkippedOnceEveryInstanceHasJoined()
    {
        var (graph, supervisor) = Supervise(leaseRecoveries: 1, NullLogger.Instance, totalInstances: 2, Node.WithOptionalCapability("WindowsOnly", "windows"));
        await JoinAsync(0, "linux");
        await QueueAsync(graph, "WindowsOnly");

        _clock.Advance(TimeSpan.FromSeconds(1));
        await supervisor.SuperviseAsync(cancelledAt: null, CancellationToken.None);
        var beforeTheWorkerJoined = graph.StateOf("WindowsOnly");
        await JoinAsync(1, "macos", "docker");
        _clock.Advance(TimeSpan.FromSeconds(1));
        await supervisor.SuperviseAsync(cancelledAt: null, CancellationToken.None);

        var result = graph.Nodes.ResultOf(graph["WindowsOnly"]);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(beforeTheWorkerJoined, Is.EqualTo(NodeState.Queued));
            Assert.That(result.Status, Is.EqualTo(ModuleStatus.Skipped));
            Assert.That(result.SkipReason, Is.EqualTo("requires capability windows (optional), which no instance of this run advertises (instances 0–1 joined: docker, linux, macos)"));
            Assert.That(graph.Nodes.FirstFailure, Is.Null);
            Assert.That(await ClaimAsync("cap:windows"), Is.Empty, "the skipped node was left in its queue");
        }
    }

    [Test]
    public async Task WaitLineNamesTheExpectedInstancesThatNeverJoinedOrStoppedBeating()
    {
        var log = new RecordingLogger();
        var (graph, supervisor) = Supervise(leaseRecoveries: 1, log, totalInstances: 3, Node.Returning("GpuJob", requires: ["gpu"]));
        await _coordinator.JoinRunAsync(new InstanceRegistration(0, ["linux"], PipelineHarness.Fingerprint, 1, "test"), CancellationToken.None);
        await _coordinator.JoinRunAsync(new InstanceRegistration(1, ["linux"], PipelineHarness.Fingerprint, 1, "test"), CancellationToken.None);
        await QueueAsync(graph, "GpuJob");

        _clock.Advance(TimeSpan.FromSeconds(10));
        await supervisor.SuperviseAsync(cancelledAt: null, CancellationToken.None);
        _clock.Advance(HeartbeatTimeout + TimeSpan.FromSeconds(1));
        await _coordinator.HeartbeatAsync(0, [], HeartbeatTimeout, CancellationToken.None);
        await supervisor.SuperviseAsync(cancelledAt: null, CancellationToken.None);

        var waits = log.Entries.Select(e => e.Message).Where(m => m.StartsWith("wait", StringComparison.Ordinal)).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(waits, Has.Count.EqualTo(2));
            Assert.That(waits[0], Does.EndWith("queued: GpuJob; not here: instance 2 never joined (run started 10.00s ago)"));
            Assert.That(waits[1], Does.EndWith("queued: GpuJob; not here: instance 1 gone for 31.00s, instance 2 never joined (run started 41.00s ago)"));
        }
    }

    [Test]
    public async Task AQueuedNodeWhoseOptionalCapabilityAnInstanceAdvertisesStaysQueuedForIt()
    {
        var (graph, supervisor) = Supervise(leaseRecoveries: 1, NullLogger.Instance, totalInstances: 2, Node.WithOptionalCapability("WindowsOnly", "windows"));
        await JoinAsync(0, "linux");
        await JoinAsync(1, "Windows");
        await QueueAsync(graph, "WindowsOnly");

        _clock.Advance(TimeSpan.FromSeconds(1));
        await supervisor.SuperviseAsync(cancelledAt: null, CancellationToken.None);

        Assert.That(graph.StateOf("WindowsOnly"), Is.EqualTo(NodeState.Queued));
    }

    [Test]
    public async Task AQueuedNodeWhoseCapabilityIsNotOptionalKeepsWaitingWhenEveryInstanceHasJoinedWithoutIt()
    {
        var (graph, supervisor) = Supervise(leaseRecoveries: 1, NullLogger.Instance, totalInstances: 1, Node.Returning("WindowsOnly", requires: ["windows"]));
        await JoinAsync(0, "linux");
        await QueueAsync(graph, "WindowsOnly");

        _clock.Advance(TimeSpan.FromSeconds(1));
        await supervisor.SuperviseAsync(cancelledAt: null, CancellationToken.None);

        Assert.That(graph.StateOf("WindowsOnly"), Is.EqualTo(NodeState.Queued));
    }

    [Test]
    public async Task AfterCancellationANodeWhoseInstanceNeverReportsIsCancelledOnceTheHeartbeatTimeoutPassed()
    {
        var (graph, supervisor) = Supervise(leaseRecoveries: 1, Node.Returning("Build"));
        await StartOnWorkerAsync(graph, "Build", lease: TimeSpan.FromHours(1));
        var cancelledAt = _clock.GetUtcNow();

        _clock.Advance(HeartbeatTimeout - TimeSpan.FromSeconds(1));
        await supervisor.SuperviseAsync(cancelledAt, CancellationToken.None);
        var beforeTheTimeout = graph.StateOf("Build");
        _clock.Advance(TimeSpan.FromSeconds(1));
        await supervisor.SuperviseAsync(cancelledAt, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(beforeTheTimeout, Is.EqualTo(NodeState.Running));
            Assert.That(graph.Nodes.ResultOf(graph["Build"]).Status, Is.EqualTo(ModuleStatus.Cancelled));
            Assert.That(graph.Nodes.ResultOf(graph["Build"]).SkipReason, Is.EqualTo("the run was cancelled and the instance running the module did not report back"));
        }
    }

    private (ScheduledGraph Graph, RunSupervisor Supervisor) Supervise(int leaseRecoveries, params ModuleDefinition[] modules) =>
        Supervise(leaseRecoveries, NullLogger.Instance, totalInstances: 1, modules);

    private (ScheduledGraph Graph, RunSupervisor Supervisor) Supervise(int leaseRecoveries, ILogger log, params ModuleDefinition[] modules) =>
        Supervise(leaseRecoveries, log, totalInstances: 1, modules);

    private (ScheduledGraph Graph, RunSupervisor Supervisor) Supervise(int leaseRecoveries, ILogger log, int totalInstances, params ModuleDefinition[] modules)
    {
        var graph = new ScheduledGraph(modules);
        var settings = new SchedulerSettings(
            Distributed: true, ["linux"], CapabilityTimeout, HeartbeatTimeout, TimeSpan.FromSeconds(1), leaseRecoveries, DispatchLimit: null, TotalInstances: totalInstances);
        var codec = new ResultCodec(graph.Graph, 64 * 1024, new SecretMasker());
        var progress = new PipelineProgress(log, graph.Graph.Nodes.Count, showInstance: true);
        var finisher = new NodeFinisher(graph.Nodes, new ExclusionKeys(), new ResultCache(_coordinator, codec), codec, progress, _coordinator, _clock);
        return (graph, new RunSupervisor(graph.Graph, _coordinator, graph.Nodes, finisher, new QueuePlan(graph.Graph), progress, settings, _clock));
    }

    private async Task JoinAsync(int index, params string[] capabilities) =>
        await _coordinator.JoinRunAsync(new InstanceRegistration(index, capabilities, PipelineHarness.Fingerprint, 1, "test"), CancellationToken.None);

    private async Task QueueAsync(ScheduledGraph graph, string name)
    {
        var item = new QueuePlan(graph.Graph).ItemFor(graph[name], attempt: 1);
        graph.Nodes.Queue(graph[name], item, _clock.GetUtcNow());
        await _coordinator.EnqueueAsync([item], [], CancellationToken.None);
    }

    /// <summary>Queues the node and claims it as worker 1 would, and tells the table, as the event log would.</summary>
    private async Task StartOnWorkerAsync(ScheduledGraph graph, string name, TimeSpan lease)
    {
        await QueueAsync(graph, name);
        var claimed = await ClaimAsync(lease: lease);
        Assert.That(claimed.Select(l => l.NodeId), Is.EqualTo(new[] { graph[name].Id }));
        graph.Nodes.TryStart(graph[name], instanceIndex: 1);
    }

    private async Task<IReadOnlyList<WorkLease>> ClaimAsync(string queue = WorkQueues.Any, TimeSpan? lease = null) =>
        (await _coordinator.ClaimAsync(new ClaimRequest(1, [queue], 1, lease ?? HeartbeatTimeout), CancellationToken.None)).Leases;
}
