using ModularPipelines.Distributed.Redis.Tests.Support;

namespace ModularPipelines.Distributed.Redis.Tests.Artifacts;

/// <summary>
/// A managed Redis as CI teams get one: TLS only, and a user allowed the run's keys and channels alone. The run's
/// instances are given nothing but that (<c>ssl=true,user=…,password=…</c>, and the authority in the machine's trust
/// bundle), and artifacts and coordination work unchanged.
/// </summary>
public sealed class ArtifactsOverTlsWithARunUserTests : DistributedTest
{
    [Test]
    public async Task BuildCrossesInstancesOverTlsAsAUserLimitedToTheRunsKeys()
    {
        using var certificates = new TestCertificates();
        await using var redis = await RedisServer.StartWithTlsAsync(certificates);
        var user = "runner-" + Guid.NewGuid().ToString("N")[..8];
        var configuration = $"localhost:{redis.TlsPort},ssl=true,user={user},password=run-secret";
        var run = new ArtifactRun(NewRun(
            "plain", new Dictionary<string, string?> { ["SSL_CERT_FILE"] = certificates.AuthorityPath }, redis, ArtifactPipelineApp.AssemblyPath, configuration));
        await redis.Database.ExecuteAsync(
            "ACL", "SETUSER", user, "on", ">run-secret", "resetkeys", $"~mpd:{{{run.Run.RunId}}}:*", "resetchannels", $"&mpd:{{{run.Run.RunId}}}:*",
            "-@all", "+@read", "+@write", "+@scripting", "+@connection", "+@pubsub", "-@dangerous", "+info", "+time");

        run.StartMaster(total: 3);
        run.StartProducer(1, 3);
        run.StartConsumer(2, 3);

        var exits = await run.Run.WaitForAllAsync(RunTimeout);
        var results = run.Run.ReadResults();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(exits, Is.All.Zero, () => run.Run.Transcripts);
            Assert.That(results["UnitTests"].Status, Is.EqualTo("Succeeded"), () => results.ToString());
            Assert.That(results["IntegrationTests"].Status, Is.EqualTo("Succeeded"), () => results.ToString());
            Assert.That(run.FilesOf(2), Is.EqualTo(run.FilesOf(1).Where(f => f.StartsWith("out/bin/", StringComparison.Ordinal) && !f.EndsWith(".pdb", StringComparison.Ordinal))), "the consumer holds the producer's artifact");
            Assert.That(run.Run.Transcripts, Does.Not.Contain("NOPERM"), "a command outside the user's permissions");
        }
    }

    [Test]
    public async Task UserWithoutACommandTheRunNeedsGetsOneLineSayingWhatToAllowAndExitCodeTwo()
    {
        await using var redis = await RedisServer.StartAsync();
        var user = "runner-" + Guid.NewGuid().ToString("N")[..8];
        var run = NewRun("plain", redis: redis, assemblyPath: ArtifactPipelineApp.AssemblyPath, redisConfiguration: $"{redis.Configuration},user={user},password=run-secret");
        await redis.Database.ExecuteAsync(
            "ACL", "SETUSER", user, "on", ">run-secret", "resetkeys", $"~mpd:{{{run.RunId}}}:*", "resetchannels", $"&mpd:{{{run.RunId}}}:*",
            "-@all", "+@read", "+@write", "+@scripting", "+@connection", "+@pubsub", "-@dangerous", "+info");
        var master = new ArtifactRun(run).StartMaster(total: 2);

        var exit = await master.WaitForExitAsync(RunTimeout);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(exit, Is.EqualTo(2), () => master.Transcript);
            Assert.That(master.Transcript, Does.Contain("refused a command of the run for this user").And.Contain("+time"), () => master.Transcript);
            Assert.That(master.Transcript, Does.Not.Contain("Unhandled exception"), () => master.Transcript);
        }
    }
}
