using ModularPipelines.Distributed.Redis.Tests.Support;

namespace ModularPipelines.Distributed.Redis.Tests.Output;

/// <summary>
/// A module's last forwarded lines used to cost a script call of their own before its completion: now they go with the
/// completion, counted here on a Redis of its own, and still come before the result in the log the master reads.
/// </summary>
public sealed class OutputWithCompletionTests
{
    [Test]
    public async Task AModulesLastLinesGoWithItsCompletionInOneCallAndComeBeforeItsResult()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var coordinator = await RedisCoordinator.ConnectAsync(
            new RedisCoordinatorOptions(redis.Configuration, "output-" + Guid.NewGuid().ToString("N")[..8], TimeSpan.FromMinutes(5), MaxPayloadBytes: 1 << 20));
        await coordinator.EnqueueAsync([new WorkItem("a", 1, "any", 0)], [], CancellationToken.None);
        var lease = (await coordinator.ClaimAsync(new ClaimRequest(1, ["any"], 1, TimeSpan.FromMinutes(1)), CancellationToken.None)).Leases.Single();
        await redis.Server.ExecuteAsync("CONFIG", "RESETSTAT");

        var receipt = await coordinator.CompleteAsync(
            lease,
            new ModuleResultEnvelope { NodeId = "a", Status = ModuleStatus.Succeeded, InstanceIndex = 1 },
            new ModuleOutput("a", 1, ["compiling", "compiled"]),
            next: null,
            CancellationToken.None);
        var calls = await redis.CommandCallsAsync();
        var batch = await coordinator.ReadCompletionsAsync(null, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(receipt.Accepted, Is.True);
            Assert.That(calls.GetValueOrDefault("evalsha") + calls.GetValueOrDefault("eval"), Is.EqualTo(1), "one script for lines and result: " + string.Join(", ", calls));
            Assert.That(batch.Output.Select(o => (o.NodeId, o.InstanceIndex, string.Join("|", o.Lines))), Is.EqualTo(new[] { ("a", 1, "compiling|compiled") }));
            Assert.That(batch.Results.Select(r => r.NodeId), Is.EqualTo(new[] { "a" }));
        }
    }
}
