using ModularPipelines.Distributed.Redis.Tests.Support;
using StackExchange.Redis;

namespace ModularPipelines.Distributed.Redis.Tests.Coordination;

/// <summary>
/// A call whose reply is lost with its connection is sent again by the coordinator; the repeat must not act a second
/// time. A proxy lets the call reach redis-server, swallows the reply and drops the connection.
/// </summary>
public sealed class LostReplyTests
{
    private const string Any = "any";
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);

    private ReplyDroppingProxy _proxy = null!;
    private string _runId = null!;
    private RunKeys _keys = null!;
    private RedisCoordinator _throughProxy = null!;
    private RedisCoordinator _direct = null!;

    [SetUp]
    public async Task ConnectThroughTheProxy()
    {
        _proxy = new ReplyDroppingProxy(TestEnvironment.Redis.Port);
        _runId = "lost-reply-" + Guid.NewGuid().ToString("N")[..12];
        _keys = new RunKeys(_runId);
        _throughProxy = await RedisCoordinator.ConnectAsync(new RedisCoordinatorOptions(_proxy.Configuration, _runId, TimeSpan.FromMinutes(5), MaxPayloadBytes: 1 << 20));
        _direct = await RedisCoordinator.ConnectAsync(new RedisCoordinatorOptions(TestEnvironment.Redis.Configuration, _runId, TimeSpan.FromMinutes(5), MaxPayloadBytes: 1 << 20));
    }

    [TearDown]
    public async Task Disconnect()
    {
        await _throughProxy.DisposeAsync();
        await _direct.DisposeAsync();
        await _proxy.DisposeAsync();
    }

    [Test]
    public async Task AClaimWhoseReplyWasLostGetsItsLeasesWhenSentAgain()
    {
        await _direct.EnqueueAsync([Item("a"), Item("b")], [], CancellationToken.None);
        _proxy.DropNextReply(request => request.Contains(":tokens", StringComparison.Ordinal) && request.Contains(":beats", StringComparison.Ordinal));

        var claim = await _throughProxy.ClaimAsync(new ClaimRequest(1, [Any], 1, Lease), CancellationToken.None);

        await AssertDroppedAsync();
        var leases = await Database.HashGetAllAsync(_keys.Leases);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(claim.Leases.Select(l => l.NodeId), Is.EqualTo(new[] { "a" }), "the leases the lost reply carried");
            Assert.That(leases.Select(l => (string)l.Name!), Is.EqualTo(new[] { "a" }), "no second lease that nobody runs");
            Assert.That(await Database.SortedSetLengthAsync(_keys.Queue(Any)), Is.EqualTo(1), "b is still queued");
        }
    }

    [Test]
    public async Task AnEnqueueWhoseReplyWasLostDoesNotQueueAgainANodeAWorkerHasTaken()
    {
        WorkClaim? taken = null;
        _proxy.DropNextReply(
            request => request.Contains(":seq", StringComparison.Ordinal) && request.Contains(":call:", StringComparison.Ordinal),
            beforeDisconnect: async () => taken = await _direct.ClaimAsync(new ClaimRequest(2, [Any], 1, Lease), CancellationToken.None));

        await _throughProxy.EnqueueAsync([Item("a")], [], CancellationToken.None);

        await AssertDroppedAsync();
        var again = await _direct.ClaimAsync(new ClaimRequest(3, [Any], 1, Lease), CancellationToken.None);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(taken?.Leases.Select(l => l.NodeId), Is.EqualTo(new[] { "a" }), "the worker took a while the reply was lost");
            Assert.That(again.Leases, Is.Empty, "a was queued a second time and would run twice");
        }
    }

    [Test]
    public async Task AReclaimWhoseReplyWasLostStillReportsTheExpiredLeases()
    {
        await _direct.EnqueueAsync([Item("a")], [], CancellationToken.None);
        var lease = (await _direct.ClaimAsync(new ClaimRequest(1, [Any], 1, TimeSpan.FromMilliseconds(1)), CancellationToken.None)).Leases.Single();
        await Task.Delay(50);
        _proxy.DropNextReply(request => request.Contains(":deadlines", StringComparison.Ordinal) && request.Contains(":call:", StringComparison.Ordinal)
            && !request.Contains(":tokens", StringComparison.Ordinal));

        var expired = await _throughProxy.ReclaimExpiredLeasesAsync(CancellationToken.None);

        await AssertDroppedAsync();
        Assert.That(expired.Select(l => (l.NodeId, l.Token)), Is.EqualTo(new[] { ("a", lease.Token) }), "the expired lease the lost reply carried");
    }

    [Test]
    public async Task ACompletionWhoseReplyWasLostIsAcceptedOnceAndItsNextLeaseIsKept()
    {
        await _direct.EnqueueAsync([Item("a"), Item("b")], [], CancellationToken.None);
        var lease = (await _direct.ClaimAsync(new ClaimRequest(1, [Any], 1, Lease), CancellationToken.None)).Leases.Single();
        _proxy.DropNextReply(request => request.Contains(":results", StringComparison.Ordinal) && request.Contains(":replies", StringComparison.Ordinal));

        var receipt = await _throughProxy.CompleteAsync(lease, Succeeded("a"), new ClaimRequest(1, [Any], 1, Lease), CancellationToken.None);

        await AssertDroppedAsync();
        var completions = await Database.StreamRangeAsync(_keys.Completions);
        var leases = await Database.HashGetAllAsync(_keys.Leases);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(receipt.Accepted, Is.True, "the repeat was taken for a late result");
            Assert.That(receipt.Next.Select(l => l.NodeId), Is.EqualTo(new[] { "b" }), "the next lease the lost reply carried");
            Assert.That(completions.Count(e => e["node"] == "a" && !e["result"].IsNull), Is.EqualTo(1), "results of a accepted");
            Assert.That(leases.Select(l => (string)l.Name!), Is.EqualTo(new[] { "b" }), "no second lease that nobody runs");
        }
    }

    [Test]
    public async Task ACompletionWhoseReplyWasLostLogsItsModulesLastLinesOnceBeforeItsResult()
    {
        await _direct.EnqueueAsync([Item("a")], [], CancellationToken.None);
        var lease = (await _direct.ClaimAsync(new ClaimRequest(1, [Any], 1, Lease), CancellationToken.None)).Leases.Single();
        _proxy.DropNextReply(request => request.Contains(":results", StringComparison.Ordinal) && request.Contains(":replies", StringComparison.Ordinal));

        await _throughProxy.CompleteAsync(lease, Succeeded("a"), new ModuleOutput("a", 1, ["last line"]), null, CancellationToken.None);

        await AssertDroppedAsync();
        var entries = (await Database.StreamRangeAsync(_keys.Completions)).Where(e => e["node"] == "a").ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(entries.Count(e => !e["output"].IsNull), Is.EqualTo(1), "the lines logged once, not once per send");
            Assert.That(entries.FindIndex(e => !e["output"].IsNull), Is.LessThan(entries.FindIndex(e => !e["result"].IsNull)), "the lines before the result");
        }
    }

    private static IDatabase Database => TestEnvironment.Redis.Database;

    private static ModuleResultEnvelope Succeeded(string node) => new() { NodeId = node, Status = ModuleStatus.Succeeded, InstanceIndex = 1 };

    private static WorkItem Item(string node) => new(node, 1, Any, 0);

    private async Task AssertDroppedAsync() =>
        Assert.That(await Task.WhenAny(_proxy.Dropped, Task.Delay(TimeSpan.FromSeconds(5))), Is.SameAs(_proxy.Dropped), "the proxy never dropped a reply: the request was not recognised");
}
