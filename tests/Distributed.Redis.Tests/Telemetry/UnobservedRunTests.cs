using System.Text.Json;

namespace ModularPipelines.Distributed.Redis.Tests.Telemetry;

/// <summary>What a run records when nothing listens to <see cref="PipelineTelemetry.Name"/>: nothing, not even a trace context.</summary>
// Alone: the telemetry fixtures attach process-wide listeners, which would make this run observed.
[NonParallelizable]
public sealed class UnobservedRunTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    [Test]
    public async Task AMasterNobodyListensToStartsNoRunSpanSoItsManifestCarriesNoTraceParent()
    {
        var runId = $"unobserved-{Guid.NewGuid():N}";
        using var cancellation = new CancellationTokenSource(HangGuard);

        var run = await InProcessPipeline.StartAsync(
            [InProcessPipeline.Node("Alone")],
            ["--redis", TestEnvironment.Redis.Configuration, "--run-id", runId, "--instance", "0", "--total", "1"],
            o => o.HeartbeatIntervalSeconds = 0.2,
            cancellation.Token).WaitAsync(HangGuard);

        var stored = (string?)await TestEnvironment.Redis.Database.StringGetAsync(new RedisKeys(runId).Manifest);
        using var manifest = JsonDocument.Parse(stored ?? "{}");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(PipelineTelemetry.Source.HasListeners(), Is.False, "the premise: nothing listens in this process");
            Assert.That(run.ExitCode, Is.Zero);
            Assert.That(manifest.RootElement.GetProperty(nameof(RunManifest.RunId)).GetString(), Is.EqualTo(runId), "the manifest was read");
            Assert.That(manifest.RootElement.GetProperty(nameof(RunManifest.TraceParent)).ValueKind, Is.EqualTo(JsonValueKind.Null));
        }
    }
}
