using System.Diagnostics;
using System.Text.RegularExpressions;
using ModularPipelines.Distributed.Redis.Tests.Support;

namespace ModularPipelines.Distributed.Redis.Tests.Recovery;

/// <summary>
/// The redis-server is killed in the middle of a run and started again on the same port: with its data (an
/// append-only file fsynced on every write) the run goes on; without it every instance stops with a clear error. Each
/// test owns its redis-server, since killing it would hit every other test's processes too.
/// </summary>
public sealed class RedisRestartedTests : DistributedTest
{
    /// <summary>PipelineExitCode.CoordinatorLost.</summary>
    private const int CoordinatorLost = 4;

    [Test]
    public async Task TheRunCompletesWhenRedisRestartsWithItsData()
    {
        await using var redis = await RedisServer.StartAsync(persistent: true);
        // Long enough that no lease and no master silence expires while Redis is away for a second or two.
        var run = NewRun("restart", new Dictionary<string, string?> { ["MPD_TEST_HEARTBEAT_TIMEOUT"] = "15" }, redis);
        var master = run.StartMaster(total: 3);
        run.StartWorker(1, 3);
        run.StartWorker(2, 3);
        await run.WaitForMarkerAsync("started", "Victim", 1, StepTimeout);

        await redis.KillAsync();
        // Victim finishes while Redis is down, so its completion has to wait the outage out; its three dependents are
        // dispatched after the restart.
        run.Release("victim");
        await run.WaitForMarkerAsync("finished", "Victim", 1, StepTimeout);
        await Task.Delay(TimeSpan.FromSeconds(1));
        await redis.RestartAsync();

        var exits = await run.WaitForAllAsync(RunTimeout);
        var results = run.ReadResults();
        var completions = await redis.Database.StreamRangeAsync(run.Keys.Completions);
        var accepted = completions.Where(e => !e["result"].IsNull).GroupBy(e => (string)e["node"]!).ToDictionary(g => g.Key, g => g.Count());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exits, Is.All.Zero, () => run.Transcripts);
            Assert.That(results.Rows, Has.All.Property(nameof(ResultRow.Status)).EqualTo("Succeeded"), () => results.ToString());
            Assert.That(results["Victim"].Attempts, Is.EqualTo(1), () => results.ToString());
            Assert.That(results["Hop3"].Value, Is.EqualTo("\"attempt 1>1>2>3\""));
            Assert.That(run.Marker("started", "Victim", 2), Is.Null, "Victim ran a second time");
            Assert.That(accepted.Keys, Has.Count.EqualTo(results.Rows.Count), "modules with an accepted result in the completions stream");
            Assert.That(accepted.Values, Is.All.EqualTo(1), "results accepted per module");
            Assert.That(run.Transcripts, Does.Not.Match(@"\b(late|lost)\s{2,}"), "a completion was taken for late, or a lease for lost");
            Assert.That(master.CountLines(@"redis  unreachable \(.*\); retrying for up to 15s$"), Is.EqualTo(1), () => master.Output);
            Assert.That(master.StandardOutput, Does.Contain("Pipeline succeeded"));
        }
    }

    [Test]
    public async Task EveryInstanceExitsWithAClearErrorWhenRedisComesBackEmpty()
    {
        const int heartbeatTimeoutSeconds = 6;
        await using var redis = await RedisServer.StartAsync(persistent: false);
        var run = NewRun("restart", new Dictionary<string, string?> { ["MPD_TEST_HEARTBEAT_TIMEOUT"] = $"{heartbeatTimeoutSeconds}" }, redis);
        run.StartMaster(total: 3);
        PipelineProcess[] workers = [run.StartWorker(1, 3), run.StartWorker(2, 3)];
        await run.WaitForMarkerAsync("started", "Victim", 1, StepTimeout);
        // A worker still starting when the state goes cannot tell a lost run from one not opened yet: it waits for the
        // master (and gives up after the capability timeout). This test is about instances that took part.
        foreach (var worker in workers)
        {
            await worker.WaitForLineAsync("join   run ", StepTimeout);
        }

        await redis.KillAsync();
        await redis.RestartAsync();
        var clock = Stopwatch.StartNew();
        var exits = await run.WaitForAllAsync(RunTimeout);
        var waited = clock.Elapsed;
        var error = $@"^error: run state for run-id {Regex.Escape(run.RunId)} is gone from Redis \(was Redis restarted without persistence\?\)";

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exits, Is.All.EqualTo(CoordinatorLost), () => run.Transcripts);
            foreach (var process in run.Processes)
            {
                Assert.That(Regex.Count(process.StandardError, error, RegexOptions.Multiline), Is.EqualTo(1), () => $"{process.Name}:\n{process.Transcript}");
            }

            Assert.That(waited, Is.LessThan(TimeSpan.FromSeconds(heartbeatTimeoutSeconds)), "time from the restart to the last exit");
            Assert.That(run.Marker("started", "Victim", 2), Is.Null, "Victim ran a second time");
            Assert.That(run.Marker("started", "Hop1", 1), Is.Null, "Hop1 ran without Victim's result");
        }
    }
}
