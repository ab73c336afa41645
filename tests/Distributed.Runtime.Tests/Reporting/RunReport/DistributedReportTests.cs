using Microsoft.Extensions.DependencyInjection;
using ModularPipelines.Distributed.Runtime.Tests.Support;

namespace ModularPipelines.Distributed.Runtime.Tests.Reporting.RunReport;

/// <summary>A master and a worker in this process sharing one in-memory coordinator, both given --report.</summary>
public sealed class DistributedReportTests : ReportFileTests
{
    [Test]
    public async Task TheMastersReportSaysWhichInstanceRanEachModuleAndListsBothInstancesWhileTheWorkerWritesNoneAndSaysSo()
    {
        ModuleDefinition[] modules =
        [
            Node.Returning("Build", pinToMaster: true),
            Node.Returning("Train", dependsOn: ["Build"], requires: ["gpu"]),
        ];
        await using var shared = new InMemoryCoordinator();

        var runs = await Task.WhenAll(Start(modules, shared, instance: 0, "master.json"), Start(modules, shared, instance: 1, "worker.json"));

        using var report = Files.ReadJson("master.json");
        var instances = report.RootElement.GetProperty("instances").EnumerateArray().ToList();
        var train = report.Module("Train");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(runs.Select(r => r.ExitCode), Is.All.Zero, string.Join("\n", runs.Select(r => r.Output + r.Error)));
            Assert.That(report.RootElement.GetProperty("run").GetProperty("distributed").GetBoolean(), Is.True);
            Assert.That(report.RootElement.GetProperty("run").Text("runId"), Is.EqualTo("report-run"));
            Assert.That(report.Module("Build").GetProperty("instance").GetInt32(), Is.Zero);
            Assert.That(train.GetProperty("instance").GetInt32(), Is.EqualTo(1));
            Assert.That(train.Claims().Single().GetProperty("instance").GetInt32(), Is.EqualTo(1));
            Assert.That(train.Time("queuedAt"), Is.EqualTo(report.Module("Build").Time("endedAt")),
                "the coordinator queued Train itself the moment Build succeeded");
            Assert.That(train.Time("queuedAt"), Is.LessThanOrEqualTo(train.Time("startedAt")));
            Assert.That(instances.Select(i => i.GetProperty("index").GetInt32()), Is.EqualTo(new[] { 0, 1 }));
            Assert.That(instances[1].GetProperty("capabilities").EnumerateArray().Select(c => c.GetString()), Does.Contain("gpu"));
            Assert.That(instances[1].GetProperty("slots").GetInt32(), Is.EqualTo(3));
            Assert.That(File.Exists(Files.PathOf("worker.json")), Is.False, "a worker writes no report");
            Assert.That(runs[1].Output, Does.Contain("report: not written by instance 1: the master (instance 0) writes the run's report\n"));
        }
    }

    private Task<HarnessRun> Start(ModuleDefinition[] modules, InMemoryCoordinator shared, int instance, string reportFile) =>
        PipelineHarness.RunAsync(
            modules,
            ["--report", Files.PathOf(reportFile)],
            configure: builder =>
            {
                builder.Services.AddSingleton<IDistributedCoordinator>(shared);
                builder.AddDistributedMode(o =>
                {
                    o.RunId = "report-run";
                    o.TotalInstances = 2;
                    o.InstanceIndex = instance;
                    o.HeartbeatIntervalSeconds = 0.2;
                    o.HeartbeatTimeoutSeconds = 2;
                    o.CapabilityTimeoutSeconds = 5;
                    o.Concurrency = instance == 0 ? 1 : 3;
                    if (instance == 1)
                    {
                        o.Capabilities.Add("gpu");
                    }
                });
            });
}
