using ModularPipelines.Distributed.Runtime.Tests.Support;

namespace ModularPipelines.Distributed.Runtime.Tests.Reporting.RunReport;

/// <summary>--report FILE in one process: what the JSON says about the run, its instance and every module.</summary>
public sealed class JsonReportTests : ReportFileTests
{
    [Test]
    public async Task TheReportListsEveryModuleWithItsStatusInstanceAttemptsAndReason()
    {
        ModuleDefinition[] modules =
        [
            Node.Returning("Build"),
            Node.Failing("Test", "3 tests failed", dependsOn: ["Build"]),
            Node.Returning("Package", dependsOn: ["Test"]),
            Node.Returning("DockerImage", requires: ["docker"]),
        ];

        var run = await PipelineHarness.RunAsync(modules, "--concurrency", "1", "--report", Files.PathOf("run.json"));

        using var report = Files.ReadJson("run.json");
        var build = report.Module("Build");
        var test = report.Module("Test");
        var package = report.Module("Package");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(PipelineExitCode.Failed));
            Assert.That(report.RootElement.GetProperty("modules").EnumerateArray().Select(m => m.Text("id")),
                Is.EqualTo(new[] { "Tests.Build", "Tests.Test", "Tests.Package", "Tests.DockerImage" }));
            Assert.That(build.Text("status"), Is.EqualTo("Succeeded"));
            Assert.That(build.GetProperty("instance").GetInt32(), Is.Zero);
            Assert.That(build.GetProperty("attempts").GetInt32(), Is.EqualTo(1));
            Assert.That(test.Text("status"), Is.EqualTo("Failed"));
            Assert.That(test.GetProperty("failure").Text("message"), Is.EqualTo("3 tests failed"));
            Assert.That(test.GetProperty("failure").Text("type"), Is.EqualTo("System.InvalidOperationException"));
            Assert.That(test.GetProperty("dependsOn").EnumerateArray().Select(d => d.GetString()), Is.EqualTo(new[] { "Tests.Build" }));
            Assert.That(package.Text("status"), Is.EqualTo("Skipped"));
            Assert.That(package.Text("skipReason"), Does.Contain("Test"));
            Assert.That(package.IsNull("instance") && package.IsNull("queuedAt") && package.IsNull("startedAt"), Is.True, "a skipped module never ran");
            Assert.That(package.Claims(), Is.Empty);
            Assert.That(report.Module("DockerImage").Text("skipReason"), Does.Contain("docker"));
        }
    }

    [Test]
    public async Task AModuleThatRanIsQueuedThenStartsThenEndsInOneClaimOnItsSlot()
    {
        var run = await PipelineHarness.RunAsync([Node.Probe("Build", async (_, token) => { await Task.Delay(30, token); return "built"; })],
            "--report", Files.PathOf("run.json"));

        using var report = Files.ReadJson("run.json");
        var build = report.Module("Build");
        var claim = build.Claims().Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.Zero);
            Assert.That(build.Time("queuedAt"), Is.LessThanOrEqualTo(build.Time("startedAt")));
            Assert.That(build.Time("endedAt") - build.Time("startedAt"), Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(25)));
            Assert.That(build.GetProperty("durationMs").GetDouble(), Is.EqualTo(run["Build"].Duration.TotalMilliseconds).Within(0.1));
            Assert.That(claim.GetProperty("attempt").GetInt32(), Is.EqualTo(1));
            Assert.That(claim.GetProperty("instance").GetInt32(), Is.Zero);
            Assert.That(claim.GetProperty("slot").GetInt32(), Is.EqualTo(1));
            Assert.That(claim.Text("status"), Is.EqualTo("Succeeded"));
            Assert.That(claim.Text("timesFrom"), Is.EqualTo("Instance"));
            Assert.That(claim.Time("startedAt"), Is.EqualTo(build.Time("startedAt")));
            Assert.That(claim.Time("endedAt"), Is.EqualTo(build.Time("endedAt")));
        }
    }

    [Test]
    public async Task TheRunSectionSaysHowTheRunEndedAndWhenAndTheInstancesSectionListsThisProcess()
    {
        var before = DateTimeOffset.UtcNow;
        var run = await PipelineHarness.RunAsync([Node.Returning("Build")], "--concurrency", "3", "--capability", "docker", "--report", Files.PathOf("run.json"));

        using var report = Files.ReadJson("run.json");
        var summary = report.RootElement.GetProperty("run");
        var instance = report.RootElement.GetProperty("instances").EnumerateArray().Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.Zero);
            Assert.That(report.RootElement.GetProperty("schemaVersion").GetInt32(), Is.EqualTo(1));
            Assert.That(summary.Text("runId"), Is.EqualTo("local"));
            Assert.That(summary.Text("fingerprint"), Is.EqualTo(PipelineHarness.Fingerprint));
            Assert.That(summary.Text("outcome"), Is.EqualTo("Succeeded"));
            Assert.That(summary.GetProperty("exitCode").GetInt32(), Is.Zero);
            Assert.That(summary.GetProperty("distributed").GetBoolean(), Is.False);
            Assert.That(summary.Time("startedAt"), Is.GreaterThanOrEqualTo(before).And.LessThanOrEqualTo(summary.Time("endedAt")));
            Assert.That(instance.GetProperty("index").GetInt32(), Is.Zero);
            Assert.That(instance.GetProperty("slots").GetInt32(), Is.EqualTo(3));
            Assert.That(instance.GetProperty("capabilities").EnumerateArray().Select(c => c.GetString()), Does.Contain("docker"));
            Assert.That(instance.GetProperty("liveAtEnd").GetBoolean(), Is.True);
            Assert.That(instance.Time("firstSeenAt"), Is.LessThanOrEqualTo(instance.Time("lastSeenAt")));
        }
    }

    [Test]
    public async Task AModuleRetriedInsideItsClaimIsOneBarThatCountsEveryAttempt()
    {
        var calls = 0;
        var flaky = Node.Probe("Flaky", (_, _) => Interlocked.Increment(ref calls) < 3
            ? Task.FromException<string?>(new InvalidOperationException("not yet"))
            : Task.FromResult<string?>("ok"), retries: 2);

        await PipelineHarness.RunAsync([flaky], "--report", Files.PathOf("run.json"));

        using var report = Files.ReadJson("run.json");
        var module = report.Module("Flaky");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(module.Text("status"), Is.EqualTo("Succeeded"));
            Assert.That(module.GetProperty("attempts").GetInt32(), Is.EqualTo(3));
            Assert.That(module.Claims().Select(c => (c.GetProperty("attempt").GetInt32(), c.Text("status"))), Is.EqualTo(new[] { (1, "Succeeded") }));
        }
    }

    [Test]
    public async Task ASecretInAFailureIsMaskedInTheReport()
    {
        ModuleDefinition[] modules = [Node.Failing("Deploy", "login as admin:hunter2 refused")];

        await PipelineHarness.RunAsync(modules, ["--report", Files.PathOf("run.json")], configure: builder => builder.AddSecret("hunter2"));

        var text = File.ReadAllText(Files.PathOf("run.json"));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(text, Does.Not.Contain("hunter2"));
            Assert.That(text, Does.Contain("login as admin:*** refused"));
        }
    }

    [Test]
    public async Task AReportThatCannotBeWrittenIsOneErrorLineAndLeavesTheExitCodeAsTheRunEarnedIt()
    {
        var blocker = Files.PathOf("not-a-folder");
        File.WriteAllText(blocker, "a file where the report's folder should be");

        var run = await PipelineHarness.RunAsync([Node.Returning("Build")], "--report", Path.Combine(blocker, "run.json"), "--report", Files.PathOf("run.json"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.Zero);
            Assert.That(run.ErrorLines, Has.Count.EqualTo(1));
            Assert.That(run.ErrorLines[0], Does.StartWith($"error: could not write the report to {Path.Combine(blocker, "run.json")}: "));
            Assert.That(File.Exists(Files.PathOf("run.json")), Is.True, "the other report is still written");
        }
    }
}
