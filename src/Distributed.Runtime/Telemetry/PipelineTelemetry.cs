using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace ModularPipelines.Distributed;

/// <summary>
/// The run's spans and metrics. Both the <see cref="ActivitySource"/> and the <see cref="Meter"/> are named
/// <see cref="Name"/>; listen to that name (for example with the OpenTelemetry SDK's <c>AddSource</c> and
/// <c>AddMeter</c>) to receive them. Nothing is recorded while nobody listens.
/// </summary>
public static class PipelineTelemetry
{
    /// <summary>The name of the activity source and of the meter.</summary>
    public const string Name = "ModularPipelines.Distributed";

    /// <summary>The span covering a whole run, on the master.</summary>
    public const string RunSpan = "pipeline.run";

    /// <summary>The span covering one attempt of one module, on the instance that runs it.</summary>
    public const string ModuleSpan = "pipeline.module";

    /// <summary>The counter of finished module attempts, tagged with their status and instance.</summary>
    public const string ModulesCounter = "pipeline.modules";

    /// <summary>The histogram of queue waits in seconds: from a module's last dependency finishing to an instance claiming it.</summary>
    public const string QueueWaitHistogram = "pipeline.module.queue_wait";

    /// <summary>The histogram of dispatch latencies in seconds: from a module's last dependency finishing to the module starting.</summary>
    public const string DispatchLatencyHistogram = "pipeline.module.dispatch_latency";

    private static string? Version => typeof(PipelineTelemetry).Assembly.GetName().Version?.ToString();

    // The process-wide instruments: static so that listeners attached before or after a pipeline is built see the same ones.
    internal static readonly ActivitySource Source = new(Name, Version);

    internal static readonly Meter Meter = new(Name, Version);

    internal static readonly Counter<long> Modules = Meter.CreateCounter<long>(ModulesCounter, "{module}", "Module attempts finished, by status.");

    internal static readonly Histogram<double> QueueWait = Meter.CreateHistogram<double>(
        QueueWaitHistogram, "s", "From a module's last dependency finishing to an instance claiming the module.");

    internal static readonly Histogram<double> DispatchLatency = Meter.CreateHistogram<double>(
        DispatchLatencyHistogram, "s", "From a module's last dependency finishing to the module starting on the instance that claimed it.");
}
