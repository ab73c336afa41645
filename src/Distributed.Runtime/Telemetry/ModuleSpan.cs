using System.Diagnostics;

namespace ModularPipelines.Distributed;

/// <summary>
/// What telemetry records about one attempt of one module on the instance that claimed it: its span (parented on the
/// run's trace, so every instance's spans join one trace), the modules counter, and the queue wait and dispatch latency
/// histograms. Started only while someone listens, so an unobserved run pays nothing beyond one check.
/// </summary>
internal sealed class ModuleSpan : IDisposable
{
    private readonly Activity? _activity;
    private readonly int _instanceIndex;
    private readonly DateTimeOffset _claimedAt;
    private readonly Task<DateTimeOffset?> _readyAt;

    private ModuleSpan(Activity? activity, int instanceIndex, DateTimeOffset claimedAt, Task<DateTimeOffset?> readyAt)
    {
        _activity = activity;
        _instanceIndex = instanceIndex;
        _claimedAt = claimedAt;
        _readyAt = readyAt;
    }

    /// <summary>Starts recording an attempt just claimed; null when no listener wants its span or its measurements.</summary>
    /// <param name="node">The claimed node.</param>
    /// <param name="attempt">The lease's attempt.</param>
    /// <param name="instanceIndex">This instance.</param>
    /// <param name="runTrace">The run span's context, from the master (default when the master recorded no span).</param>
    /// <param name="results">Where the dependencies' results (and so their end times) are read.</param>
    /// <param name="time">The clock the executor stamps module starts with, so queue wait and dispatch latency agree.</param>
    public static ModuleSpan? Start(GraphNode node, int attempt, int instanceIndex, ActivityContext runTrace, ResultCache results, TimeProvider time)
    {
        var claimedAt = time.GetUtcNow();
        var activity = PipelineTelemetry.Source.StartActivity(PipelineTelemetry.ModuleSpan, ActivityKind.Internal, runTrace);
        if (activity is null && !PipelineTelemetry.Modules.Enabled && !PipelineTelemetry.QueueWait.Enabled && !PipelineTelemetry.DispatchLatency.Enabled)
        {
            return null;
        }

        if (activity is not null)
        {
            activity.DisplayName = node.DisplayName;
            activity.SetTag(TelemetryTags.ModuleId, node.Id);
            activity.SetTag(TelemetryTags.MatrixTarget, node.Definition.MatrixTarget);
            activity.SetTag(TelemetryTags.Instance, instanceIndex);
            activity.SetTag(TelemetryTags.Attempt, attempt);
        }

        // Read while the module runs, so that learning when it became ready delays neither it nor its completion; the
        // module itself then finds the dependencies it reads already fetched. Only the waits need it, not the counter.
        var waitsObserved = activity is not null || PipelineTelemetry.QueueWait.Enabled || PipelineTelemetry.DispatchLatency.Enabled;
        var readyAt = waitsObserved ? ReadyAtAsync(node, results) : Task.FromResult<DateTimeOffset?>(null);
        return new ModuleSpan(activity, instanceIndex, claimedAt, readyAt);
    }

    /// <summary>Records how the attempt ended, on the span and in the metrics.</summary>
    public async Task EndAsync(ModuleResult result)
    {
        var status = result.Status.ToString().ToLowerInvariant();
        PipelineTelemetry.Modules.Add(1, new(TelemetryTags.Status, status), new(TelemetryTags.Instance, _instanceIndex));
        var readyAt = await _readyAt.ConfigureAwait(false);
        if (readyAt is { } ready)
        {
            // Instances stamp times with their own clocks: skew between machines can make a short wait look negative.
            var queueWait = Max(_claimedAt - ready);
            PipelineTelemetry.QueueWait.Record(queueWait.TotalSeconds, new KeyValuePair<string, object?>(TelemetryTags.Instance, _instanceIndex));
            PipelineTelemetry.DispatchLatency.Record(Max(result.StartedAt - ready).TotalSeconds, new KeyValuePair<string, object?>(TelemetryTags.Instance, _instanceIndex));
            _activity?.SetTag(TelemetryTags.QueueWaitMs, queueWait.TotalMilliseconds);
        }

        if (_activity is null)
        {
            return;
        }

        _activity.SetTag(TelemetryTags.Status, status);
        if (result.IsFailure)
        {
            _activity.SetStatus(ActivityStatusCode.Error, result.Error?.Message ?? status);
        }
    }

    /// <summary>Ends the span, also when the attempt ended without a result (the instance stopping or losing Redis).</summary>
    public void Dispose() => _activity?.Dispose();

    /// <summary>When the node became ready to claim: the end of the last of its dependencies, or null for a node without any.</summary>
    private static async Task<DateTimeOffset?> ReadyAtAsync(GraphNode node, ResultCache results)
    {
        DateTimeOffset? ready = null;
        try
        {
            foreach (var dependency in node.Dependencies)
            {
                var result = await results.GetResultAsync(dependency).ConfigureAwait(false);
                var end = result.StartedAt + result.Duration;
                ready = ready is null || end > ready ? end : ready;
            }
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Observing must never fail the module: a dependency's result that cannot be read here (Redis gone, a
            // stored result that does not decode) fails the module's own read, if it makes one; telemetry records no wait.
            return null;
        }

        return ready;
    }

    private static TimeSpan Max(TimeSpan span) => span < TimeSpan.Zero ? TimeSpan.Zero : span;
}
