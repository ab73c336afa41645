using OpenTelemetry;
using OpenTelemetry.Metrics;

namespace ModularPipelines.Distributed.Redis.Tests.Telemetry;

/// <summary>The meter's instruments, read through the OpenTelemetry SDK's in-memory exporter after a run in one process.</summary>
// Alone: the SDK listens process-wide, and other fixtures' runs must not add to these counts.
[NonParallelizable]
public sealed class ModuleMetricsTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    [Test]
    public async Task ARunCountsItsModulesByStatusAndRecordsQueueWaitAndDispatchLatencyForTheModuleThatWaitedForAnother()
    {
        var exported = new List<Metric>();
        using var metrics = Sdk.CreateMeterProviderBuilder().AddMeter(PipelineTelemetry.Name).AddInMemoryExporter(exported).Build();
        using var cancellation = new CancellationTokenSource(HangGuard);

        var run = await InProcessPipeline.StartAsync(
            [InProcessPipeline.Node("First"), InProcessPipeline.Node("Second", dependsOn: ["First"])], [], configure: null, cancellation.Token).WaitAsync(HangGuard);
        metrics.ForceFlush();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.Zero);
            Assert.That(Points(exported, PipelineTelemetry.ModulesCounter).Select(p => $"{p.GetSumLong()} {Tag(p, TelemetryTags.Status)} on {Tag(p, TelemetryTags.Instance)}").ToList(),
                Is.EqualTo(new[] { "2 succeeded on 0" }));
            Assert.That(Points(exported, PipelineTelemetry.QueueWaitHistogram).Select(p => p.GetHistogramCount()).ToList(), Is.EqualTo(new[] { 1L }),
                "only Second had a dependency to wait for");
            Assert.That(Points(exported, PipelineTelemetry.DispatchLatencyHistogram).Select(p => p.GetHistogramCount()).ToList(), Is.EqualTo(new[] { 1L }));
            Assert.That(Points(exported, PipelineTelemetry.DispatchLatencyHistogram).Select(p => p.GetHistogramSum()).ToList(), Is.All.GreaterThanOrEqualTo(0).And.All.LessThan(HangGuard.TotalSeconds));
        }
    }

    private static List<MetricPoint> Points(List<Metric> exported, string name)
    {
        var points = new List<MetricPoint>();
        foreach (var metric in exported.Where(m => m.Name == name))
        {
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                points.Add(point);
            }
        }

        return points;
    }

    private static object? Tag(MetricPoint point, string key)
    {
        foreach (var tag in point.Tags)
        {
            if (tag.Key == key)
            {
                return tag.Value;
            }
        }

        return null;
    }
}
