namespace ModularPipelines.Distributed.Redis.Tests.Coordination;

/// <summary>
/// The rules of <see cref="IDistributedCoordinator"/>, checked call by call on both implementations: ordering, fencing,
/// releases, the one-round-trip completion, stopping, the end of the run, and which wake-up each change raises.
/// </summary>
[TestFixture(CoordinatorKind.InMemory)]
[TestFixture(CoordinatorKind.Redis)]
public sealed class CoordinatorContractTests(CoordinatorKind kind)
{
    private const string Any = "any";
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan NoWait = TimeSpan.FromMilliseconds(200);
    private IDistributedCoordinator _coordinator = null!;

    [SetUp]
    public async Task CreateCoordinator() => _coordinator = await CoordinatorFactory.CreateAsync(kind);

    [TearDown]
    public async Task DisposeCoordinator() => await _coordinator.DisposeAsync();

    [Test]
    public async Task ClaimsTakeTheBestPriorityFirstAndFirstInFirstOutWithinAPriority()
    {
        await _coordinator.EnqueueAsync([Item("late", priority: -1), Item("urgent", priority: -5), Item("early", priority: -1)], [], CancellationToken.None);
        await _coordinator.EnqueueAsync([Item("later", priority: -1)], [], CancellationToken.None);

        var claimed = new List<string>();
        while ((await ClaimAsync(maxCount: 1)).Leases is [var lease])
        {
            claimed.Add(lease.NodeId);
        }

        Assert.That(claimed, Is.EqualTo(new[] { "urgent", "late", "early", "later" }));
    }

    [Test]
    public async Task AClaimTakesAtMostItsCountAndGivesEveryLeaseANewToken()
    {
        await _coordinator.EnqueueAsync([Item("a"), Item("b"), Item("c")], [], CancellationToken.None);

        var first = await ClaimAsync(maxCount: 2);
        var second = await ClaimAsync(maxCount: 2);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.Leases.Select(l => l.NodeId), Is.EqualTo(new[] { "a", "b" }));
            Assert.That(second.Leases.Select(l => l.NodeId), Is.EqualTo(new[] { "c" }));
            Assert.That(first.Leases.Concat(second.Leases).Select(l => l.Token), Is.Unique);
            Assert.That(second.Status.Outcome, Is.Null);
        }
    }

    [Test]
    public async Task AResultUnderAReclaimedLeaseIsRejectedAndTheNewAttemptsIsAccepted()
    {
        await _coordinator.EnqueueAsync([Item("a")], [], CancellationToken.None);
        var stale = (await _coordinator.ClaimAsync(new ClaimRequest(1, [Any], 1, TimeSpan.FromMilliseconds(1)), CancellationToken.None)).Leases.Single();
        await Task.Delay(50);
        var expired = await _coordinator.ReclaimExpiredLeasesAsync(CancellationToken.None);
        await _coordinator.EnqueueAsync([Item("a", attempt: 2)], [], CancellationToken.None);
        var current = (await ClaimAsync(maxCount: 1)).Leases.Single();

        var late = await _coordinator.CompleteAsync(stale, Succeeded("a"), next: null, CancellationToken.None);
        var accepted = await _coordinator.CompleteAsync(current, Succeeded("a"), next: null, CancellationToken.None);
        var log = await _coordinator.ReadCompletionsAsync(null, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(expired.Select(l => (l.NodeId, l.Token)), Is.EqualTo(new[] { ("a", stale.Token) }));
            Assert.That(current.Attempt, Is.EqualTo(2));
            Assert.That(late.Accepted, Is.False, "the fenced-out result");
            Assert.That(accepted.Accepted, Is.True, "the current attempt's result");
            Assert.That(log.Results.Select(r => r.NodeId), Is.EqualTo(new[] { "a" }), "exactly one accepted result");
        }
    }

    [Test]
    public async Task ASuccessQueuesItsPlannedDependentAndTheCompleterTakesItInTheSameCall()
    {
        await _coordinator.EnqueueAsync([Item("x")], [new WorkRelease("x", Item("d"))], CancellationToken.None);
        var x = (await ClaimAsync(maxCount: 1)).Leases.Single();

        var receipt = await _coordinator.CompleteAsync(x, Succeeded("x"), Request(maxCount: 1), CancellationToken.None);
        var log = await _coordinator.ReadCompletionsAsync(null, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(receipt.Accepted, Is.True);
            Assert.That(receipt.Next.Select(l => (l.NodeId, l.Attempt)), Is.EqualTo(new[] { ("d", 1) }));
            Assert.That(log.Released, Is.EqualTo(new[] { "d" }));
            Assert.That(log.Started.Select(l => l.NodeId), Is.EqualTo(new[] { "x", "d" }), "every claim is logged as a start");
        }
    }

    [Test]
    public async Task AReleasedDependentTheCompleterDoesNotTakeWakesTheOtherInstances()
    {
        await _coordinator.EnqueueAsync([Item("x")], [new WorkRelease("x", Item("d"))], CancellationToken.None);
        var x = (await ClaimAsync(maxCount: 1)).Leases.Single();
        var seen = await _coordinator.WaitForWorkAsync(0, NoWait, CancellationToken.None);

        await _coordinator.CompleteAsync(x, Succeeded("x"), next: null, CancellationToken.None);
        var woken = await WaitUntilMovedAsync(_coordinator.WaitForWorkAsync, seen);
        var other = await ClaimAsync(maxCount: 1);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(woken, Is.True, "no work wake-up after the release");
            Assert.That(other.Leases.Select(l => l.NodeId), Is.EqualTo(new[] { "d" }));
        }
    }

    [Test]
    public async Task AReleasedDependentIsAnnouncedWhenTheCompleterTakesABetterNodeInstead()
    {
        await _coordinator.EnqueueAsync([Item("x")], [new WorkRelease("x", Item("d"))], CancellationToken.None);
        var x = (await ClaimAsync(maxCount: 1)).Leases.Single();
        await _coordinator.EnqueueAsync([Item("urgent", priority: -5)], [], CancellationToken.None);
        var seen = await WaitSettledAsync(_coordinator.WaitForWorkAsync);

        var receipt = await _coordinator.CompleteAsync(x, Succeeded("x"), Request(maxCount: 1), CancellationToken.None);
        var woken = await WaitUntilMovedAsync(_coordinator.WaitForWorkAsync, seen);
        var other = await ClaimAsync(maxCount: 1);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(receipt.Next.Select(l => l.NodeId), Is.EqualTo(new[] { "urgent" }));
            Assert.That(woken, Is.True, "the released node was left queued without a wake-up");
            Assert.That(other.Leases.Select(l => l.NodeId), Is.EqualTo(new[] { "d" }));
        }
    }

    [TestCase(ModuleStatus.Failed)]
    [TestCase(ModuleStatus.Skipped)]
    public async Task AResultThatIsNotASuccessReleasesNothing(ModuleStatus status)
    {
        await _coordinator.EnqueueAsync([Item("x")], [new WorkRelease("x", Item("d"))], CancellationToken.None);
        var x = (await ClaimAsync(maxCount: 1)).Leases.Single();

        var receipt = await _coordinator.CompleteAsync(x, Result("x", status), Request(maxCount: 1), CancellationToken.None);
        var log = await _coordinator.ReadCompletionsAsync(null, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(receipt.Next, Is.Empty);
            Assert.That(log.Released, Is.Empty);
            Assert.That((await ClaimAsync(maxCount: 1)).Leases, Is.Empty);
        }
    }

    [Test]
    public async Task NothingIsReleasedOnceAFailureStopsTheRun()
    {
        await _coordinator.EnqueueAsync([Item("x"), Item("broken")], [new WorkRelease("x", Item("d"))], CancellationToken.None);
        var leases = (await ClaimAsync(maxCount: 2)).Leases;
        await _coordinator.CompleteAsync(leases.Single(l => l.NodeId == "broken"), Result("broken", ModuleStatus.Failed), next: null, CancellationToken.None);

        var receipt = await _coordinator.CompleteAsync(leases.Single(l => l.NodeId == "x"), Succeeded("x"), Request(maxCount: 1), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(receipt.Accepted, Is.True);
            Assert.That(receipt.Next, Is.Empty);
            Assert.That((await _coordinator.ReadCompletionsAsync(null, CancellationToken.None)).Released, Is.Empty);
        }
    }

    [Test]
    public async Task ARecordedResultForgetsTheNodesReleases()
    {
        await _coordinator.EnqueueAsync([Item("x")], [new WorkRelease("x", Item("d"))], CancellationToken.None);
        await _coordinator.WithdrawAsync(Item("x"), CancellationToken.None);
        await _coordinator.RecordResultAsync(Result("x", ModuleStatus.Skipped), CancellationToken.None);
        await _coordinator.EnqueueAsync([Item("x", attempt: 2)], [], CancellationToken.None);
        var x = (await ClaimAsync(maxCount: 1)).Leases.Single();

        var receipt = await _coordinator.CompleteAsync(x, Succeeded("x"), Request(maxCount: 1), CancellationToken.None);

        Assert.That(receipt.Next, Is.Empty, "a release planned before the recorded result fired afterwards");
    }

    [Test]
    public async Task AfterAFailureOnlyAlwaysRunQueuesAreServed()
    {
        var alwaysRun = WorkQueues.AlwaysRunPrefix + Any;
        await _coordinator.EnqueueAsync([Item("broken"), Item("ordinary"), Item("cleanup", queue: alwaysRun)], [], CancellationToken.None);
        var broken = (await ClaimAsync(maxCount: 1)).Leases.Single();
        await _coordinator.CompleteAsync(broken, Result("broken", ModuleStatus.Failed), next: null, CancellationToken.None);

        var claim = await _coordinator.ClaimAsync(new ClaimRequest(1, [Any, alwaysRun], 5, Lease), CancellationToken.None);

        Assert.That(claim.Leases.Select(l => l.NodeId), Is.EqualTo(new[] { "cleanup" }));
    }

    [Test]
    public async Task NothingIsClaimedOnceTheRunHasEndedAndTheClaimSaysHow()
    {
        await _coordinator.EnqueueAsync([Item("a")], [], CancellationToken.None);
        await _coordinator.EndRunAsync(RunOutcome.Cancelled, CancellationToken.None);

        var claim = await ClaimAsync(maxCount: 1);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(claim.Leases, Is.Empty);
            Assert.That(claim.Status.Outcome, Is.EqualTo(RunOutcome.Cancelled));
        }
    }

    [Test]
    public async Task QueuedWorkWakesInstancesButNotTheMaster()
    {
        var work = await _coordinator.WaitForWorkAsync(0, NoWait, CancellationToken.None);
        var completions = await _coordinator.WaitForCompletionsAsync(0, NoWait, CancellationToken.None);

        await _coordinator.EnqueueAsync([Item("a")], [], CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await WaitUntilMovedAsync(_coordinator.WaitForWorkAsync, work), Is.True, "instances were not woken");
            Assert.That(await _coordinator.WaitForCompletionsAsync(completions, NoWait, CancellationToken.None), Is.EqualTo(completions), "the master was woken");
        }
    }

    [Test]
    public async Task AnAcceptedResultWakesTheMasterButNotIdleInstances()
    {
        await _coordinator.EnqueueAsync([Item("a")], [], CancellationToken.None);
        var lease = (await ClaimAsync(maxCount: 1)).Leases.Single();
        var work = await WaitSettledAsync(_coordinator.WaitForWorkAsync);
        var completions = await WaitSettledAsync(_coordinator.WaitForCompletionsAsync);

        await _coordinator.CompleteAsync(lease, Succeeded("a"), next: null, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await WaitUntilMovedAsync(_coordinator.WaitForCompletionsAsync, completions), Is.True, "the master was not woken");
            Assert.That(await _coordinator.WaitForWorkAsync(work, NoWait, CancellationToken.None), Is.EqualTo(work), "idle instances were woken");
        }
    }

    private static WorkItem Item(string node, int attempt = 1, long priority = 0, string queue = Any) => new(node, attempt, queue, priority);

    private static ClaimRequest Request(int maxCount) => new(1, [Any], maxCount, Lease);

    private static ModuleResultEnvelope Succeeded(string node) => Result(node, ModuleStatus.Succeeded);

    private static ModuleResultEnvelope Result(string node, ModuleStatus status) => new() { NodeId = node, Status = status, Attempts = 1, InstanceIndex = 1 };

    /// <summary>The wake-up count once pub/sub deliveries in flight have arrived (Redis delivers them asynchronously).</summary>
    private static async Task<long> WaitSettledAsync(Func<long, TimeSpan, CancellationToken, Task<long>> wait)
    {
        var seen = 0L;
        long next;
        while ((next = await wait(seen, NoWait, CancellationToken.None)) != seen)
        {
            seen = next;
        }

        return seen;
    }

    /// <summary>Whether the wake-up count moves past <paramref name="seen"/> within a few seconds.</summary>
    private static async Task<bool> WaitUntilMovedAsync(Func<long, TimeSpan, CancellationToken, Task<long>> wait, long seen) =>
        await wait(seen, TimeSpan.FromSeconds(5), CancellationToken.None) != seen;

    private Task<WorkClaim> ClaimAsync(int maxCount) => _coordinator.ClaimAsync(Request(maxCount), CancellationToken.None);
}
