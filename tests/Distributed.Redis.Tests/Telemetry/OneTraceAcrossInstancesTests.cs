using System.Diagnostics;
using System.Globalization;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace ModularPipelines.Distributed.Redis.Tests.Telemetry;

/// <summary>
/// A master and two workers in this process against the shared redis-server, observed by the OpenTelemetry SDK's
/// in-memory exporter: their spans must form one trace, whichever instance ran each module.
/// </summary>
// Alone: the SDK listens process-wide, and other fixtures' runs must not mix their spans into this one's.
[NonParallelizable]
public sealed class OneTraceAcrossInstancesTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(90);

    [Test]
    public async Task EveryModuleSpanOfAMasterAndTwoWorkersIsInTheRunsTraceTaggedWithTheInstanceThatRanIt()
    {
        var exported = new List<Activity>();
        using var tracing = Sdk.CreateTracerProviderBuilder().AddSource(PipelineTelemetry.Name).AddInMemoryExporter(exported).Build();
        IReadOnlyList<ModuleDefinition> modules =
        [
            InProcessPipeline.Node("OnWorkerOne", requires: ["one"]),
            InProcessPipeline.Node("OnWorkerTwo", requires: ["two"]),
            InProcessPipeline.Node("OnMaster", pinToMaster: true),
            InProcessPipeline.Node("Anywhere", dependsOn: ["OnWorkerOne", "OnWorkerTwo", "OnMaster"]),
        ];
        var runId = $"telemetry-{Guid.NewGuid():N}";
        using var cancellation = new CancellationTokenSource(HangGuard);

        var runs = await Task.WhenAll(Start(0), Start(1, "one"), Start(2, "two")).WaitAsync(HangGuard);

        var master = runs[0];
        var run = exported.Single(a => a.OperationName == PipelineTelemetry.RunSpan);
        var moduleSpans = exported.Where(a => a.OperationName == PipelineTelemetry.ModuleSpan).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(runs.Select(r => r.ExitCode), Is.All.Zero, "every instance's exit code");
            Assert.That(run.GetTagItem(TelemetryTags.RunId), Is.EqualTo(runId));
            Assert.That(run.GetTagItem(TelemetryTags.Outcome), Is.EqualTo("succeeded"));
            Assert.That(exported.Select(a => a.TraceId).Distinct().ToList(), Is.EqualTo(new[] { run.TraceId }), "one trace for the whole run");
            Assert.That(moduleSpans.Select(a => a.ParentSpanId), Is.All.EqualTo(run.SpanId), "module spans are children of the run span");
            Assert.That(
                moduleSpans.Select(a => $"{a.GetTagItem(TelemetryTags.ModuleId)} on {a.GetTagItem(TelemetryTags.Instance)}"),
                Is.EquivalentTo(master.Results.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.ModuleId} on {r.InstanceIndex}"))),
                "one span per module, tagged with the instance the master's results name");
            Assert.That(
                moduleSpans.Where(a => (string?)a.GetTagItem(TelemetryTags.ModuleId) != InProcessPipeline.Id("Anywhere")).Select(a => a.GetTagItem(TelemetryTags.Instance)),
                Is.EquivalentTo(new object[] { 0, 1, 2 }),
                "the pinned and capability-bound modules ran on the master and on each worker");
            Assert.That(moduleSpans.Select(a => a.GetTagItem(TelemetryTags.Status)), Is.All.EqualTo("succeeded"));
        }

        Task<PipelineRunResult> Start(int instance, string? capability = null) =>
            InProcessPipeline.StartAsync(
                modules,
                ["--redis", TestEnvironment.Redis.Configuration, "--run-id", runId, "--instance", instance.ToString(CultureInfo.InvariantCulture), "--total", "3"],
                o =>
                {
                    o.HeartbeatIntervalSeconds = 0.2;
                    o.HeartbeatTimeoutSeconds = 5;
                    o.CapabilityTimeoutSeconds = 30;
                    if (capability is not null)
                    {
                        o.Capabilities.Add(capability);
                    }
                },
                cancellation.Token);
    }
}
