using System.Diagnostics;

namespace ModularPipelines.Distributed;

/// <summary>
/// The run's span on the master and how its context travels: as a W3C <c>traceparent</c> in the
/// <see cref="RunManifest"/>, which every worker reads when it joins, so that all instances' module spans join one trace.
/// </summary>
internal static class RunTrace
{
    /// <summary>Starts the run span; null when nobody listens.</summary>
    public static Activity? Start(string runId, string fingerprint)
    {
        var activity = PipelineTelemetry.Source.StartActivity(PipelineTelemetry.RunSpan, ActivityKind.Internal, parentContext: default);
        activity?.SetTag(TelemetryTags.RunId, runId);
        activity?.SetTag(TelemetryTags.Fingerprint, fingerprint);
        return activity;
    }

    /// <summary>Tags the run span with how the run ended.</summary>
    public static void Ended(Activity? activity, int exitCode)
    {
        if (activity is null)
        {
            return;
        }

        var outcome = exitCode switch
        {
            PipelineExitCode.Succeeded => "succeeded",
            PipelineExitCode.Cancelled => "cancelled",
            _ => "failed",
        };
        activity.SetTag(TelemetryTags.Outcome, outcome);
        activity.SetStatus(exitCode == PipelineExitCode.Succeeded ? ActivityStatusCode.Ok : ActivityStatusCode.Error, outcome);
    }

    /// <summary>
    /// The run span's context from the manifest's <c>traceparent</c>; default (module spans then start traces of their
    /// own) when the master recorded no span or the manifest predates telemetry.
    /// </summary>
    public static ActivityContext Parse(RunManifest manifest) =>
        ActivityContext.TryParse(manifest.TraceParent, traceState: null, isRemote: true, out var context) ? context : default;
}
