using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using ModularPipelines.Distributed.Runtime.Tests.Support;

namespace ModularPipelines.Distributed.Runtime.Tests.Scheduling;

/// <summary>
/// Ctrl-C on the master while the coordinator does not answer: the scheduler still ends the run promptly, settling
/// itself what it cannot hear about. The test plays worker 1 against the coordinator behind the outage.
/// </summary>
public sealed class CancellationWhileTheCoordinatorIsUnreachableTests
{
    private const string UnreachableReason = "the run was cancelled while the coordinator was unreachable";

    /// <summary>Only a guard, so that a scheduler that waits out the outage fails the test instead of hanging it.</summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(10);

    private OutageCoordinator _coordinator = null!;
    private PipelineGraph _graph = null!;
    private ResultCodec _codec = null!;
    private ResultCache _results = null!;
    private MasterScheduler _scheduler = null!;
    private WorkLease _running = null!;

    [SetUp]
    public void CreateScheduler()
    {
        // Done finishes before the outage, Running runs on worker 1 through it, GpuJob waits in a queue nobody serves.
        ModuleDefinition[] modules =
        [
            Node.Returning("Done"),
            Node.Returning("Running"),
            Node.Returning("AfterRunning", dependsOn: ["Running"]),
            Node.Returning("GpuJob", requires: ["gpu"]),
            Node.Returning("AfterGpuJob", dependsOn: ["GpuJob"]),
        ];
        _coordinator = new OutageCoordinator(new InMemoryCoordinator());
        _graph = PipelineGraph.Build([PipelineHarness.Definition(modules)]);
        _codec = new ResultCodec(_graph, 64 * 1024, new SecretMasker());
        _results = new ResultCache(_coordinator, _codec);
        var settings = new SchedulerSettings(Distributed: true, ["linux"], TimeSpan.FromMinutes(5), TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(200), LeaseRecoveries: 1, DispatchLimit: null);
        var progress = new PipelineProgress(NullLogger.Instance, _graph.Nodes.Count, showInstance: true);
        _scheduler = new MasterScheduler(_graph, _coordinator, new QueuePlan(_graph), _results, _codec, progress, settings, TimeProvider.System);
    }

    [TearDown]
    public async Task DisposeCoordinator() => await _coordinator.DisposeAsync();

    [Test]
    public async Task CtrlCEndsTheRunWithinTwoSecondsWithEveryUnfinishedModuleCancelledAndTheFinishedOneKept()
    {
        using var cancellation = new CancellationTokenSource();
        var run = await RunIntoAnOutageAsync(cancellation.Token);

        var clock = Stopwatch.StartNew();
        await cancellation.CancelAsync();
        var results = await run.WaitAsync(HangGuard);
        var elapsed = clock.Elapsed;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(elapsed, Is.LessThan(TimeSpan.FromSeconds(2)));
            Assert.That(Result(results, "Done").Status, Is.EqualTo(ModuleStatus.Succeeded));
            foreach (var name in new[] { "Running", "AfterRunning", "GpuJob", "AfterGpuJob" })
            {
                Assert.That(Result(results, name).Status, Is.EqualTo(ModuleStatus.Cancelled), name);
                Assert.That(Result(results, name).SkipReason, Is.EqualTo(UnreachableReason), name);
            }
        }
    }

    [Test]
    public async Task ACoordinatorBackWithinTheGraceStillHearsThatTheRunWasCancelled()
    {
        using var cancellation = new CancellationTokenSource();
        var run = await RunIntoAnOutageAsync(cancellation.Token);

        await cancellation.CancelAsync();
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        _coordinator.EndOutage();
        var status = await WaitForTheRunToEndAsync();
        await CompleteAsync(_running, ModuleStatus.Cancelled);
        var results = await run.WaitAsync(HangGuard);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(status, Is.EqualTo(RunOutcome.Cancelled));
            Assert.That(Result(results, "Running").SkipReason, Is.Null, "the worker's own result was replaced");
            Assert.That(Result(results, "GpuJob").SkipReason, Is.EqualTo("the run was cancelled before the module started"));
            Assert.That(results.Select(r => r.SkipReason), Has.None.EqualTo(UnreachableReason));
        }
    }

    /// <summary>
    /// Starts the run and, as worker 1, claims Done and Running and completes Done; once the master has read that, cuts
    /// the coordinator off and returns when the scheduler is held up by the outage.
    /// </summary>
    private async Task<Task<IReadOnlyList<ModuleResult>>> RunIntoAnOutageAsync(CancellationToken runToken)
    {
        var run = _scheduler.RunAsync(runToken);
        var leases = new List<WorkLease>();
        var clock = Stopwatch.StartNew();
        while (leases.Count < 2 && clock.Elapsed < HangGuard)
        {
            leases.AddRange((await _coordinator.Inner.ClaimAsync(new ClaimRequest(1, [WorkQueues.Any], 2 - leases.Count, TimeSpan.FromMinutes(5)), CancellationToken.None)).Leases);
            await Task.Delay(10, CancellationToken.None);
        }

        _running = leases.Single(l => l.NodeId == Node.Id("Running"));
        await CompleteAsync(leases.Single(l => l.NodeId == Node.Id("Done")), ModuleStatus.Succeeded);
        while (!_results.TryGetLocal(NodeOf("Done"), out _) && clock.Elapsed < HangGuard)
        {
            await Task.Delay(10, CancellationToken.None);
        }

        _coordinator.BeginOutage();
        await _coordinator.CallHeldUp.WaitAsync(HangGuard, CancellationToken.None);
        return run;
    }

    private async Task CompleteAsync(WorkLease lease, ModuleStatus status)
    {
        var node = _graph.Find(lease.NodeId)!;
        var result = node.Definition.CreateResult(new ModuleOutcome(status, DateTimeOffset.UtcNow, TimeSpan.Zero, lease.Attempt, 1), status == ModuleStatus.Succeeded ? node.DisplayName : null);
        await _coordinator.Inner.CompleteAsync(lease, _codec.ToEnvelope(node, result, includeValue: true), next: null, CancellationToken.None);
    }

    private async Task<RunOutcome?> WaitForTheRunToEndAsync()
    {
        var clock = Stopwatch.StartNew();
        RunOutcome? outcome;
        while ((outcome = (await _coordinator.Inner.ClaimAsync(new ClaimRequest(1, [WorkQueues.Any], 0, TimeSpan.FromMinutes(5)), CancellationToken.None)).Status.Outcome) is null
            && clock.Elapsed < HangGuard)
        {
            await Task.Delay(10);
        }

        return outcome;
    }

    private GraphNode NodeOf(string name) => _graph.Find(Node.Id(name))!;

    private static ModuleResult Result(IReadOnlyList<ModuleResult> results, string name) => results.Single(r => r.DisplayName == name);
}
