namespace ModularPipelines.Distributed.Redis.Tests.Coordination;

/// <summary>
/// A release planned on a node may target a queue the completing instance neither serves nor has met: complete.lua
/// writes only keys passed in KEYS, so it asks for that queue, having changed nothing, and the completion is sent again.
/// </summary>
public sealed class ReleaseIntoAQueueTheCompleterHasNotMetTests
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);

    [Test]
    public async Task TheDependentIsQueuedInItsOwnQueueAndTheResultAcceptedOnce()
    {
        var runId = "release-" + Guid.NewGuid().ToString("N")[..12];
        await using var master = await Connect(runId);
        await using var worker = await Connect(runId);
        var gpu = WorkQueues.For(["gpu"], pinToMaster: false, alwaysRun: false);
        await master.EnqueueAsync([new WorkItem("a", 1, WorkQueues.Any, 0)], [new WorkRelease("a", new WorkItem("b", 1, gpu, 0))], CancellationToken.None);
        var lease = (await worker.ClaimAsync(new ClaimRequest(1, [WorkQueues.Any], 1, Lease), CancellationToken.None)).Leases.Single();

        var receipt = await worker.CompleteAsync(lease, new ModuleResultEnvelope { NodeId = "a", Status = ModuleStatus.Succeeded }, null, CancellationToken.None);
        var batch = await master.ReadCompletionsAsync(null, CancellationToken.None);
        var gpuClaim = await master.ClaimAsync(new ClaimRequest(2, [gpu], 1, Lease), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(receipt.Accepted, Is.True);
            Assert.That(batch.Results.Select(r => r.NodeId), Is.EqualTo(new[] { "a" }), "results accepted");
            Assert.That(batch.Released, Is.EqualTo(new[] { "b" }), "dependents released with a's result");
            Assert.That(gpuClaim.Leases.Select(l => l.NodeId), Is.EqualTo(new[] { "b" }), "b in the gpu queue");
        }
    }

    private static async Task<RedisCoordinator> Connect(string runId) =>
        await RedisCoordinator.ConnectAsync(new RedisCoordinatorOptions(TestEnvironment.Redis.Configuration, runId, TimeSpan.FromMinutes(5), MaxPayloadBytes: 1 << 20));
}
