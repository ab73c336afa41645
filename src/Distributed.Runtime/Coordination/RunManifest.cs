namespace ModularPipelines.Distributed;

/// <summary>What the master publishes about a run when it opens it.</summary>
/// <param name="RunId">The run id that namespaces its keys.</param>
/// <param name="Fingerprint">The master's graph fingerprint.</param>
/// <param name="Build">The master's assembly name and version.</param>
/// <param name="TotalInstances">How many instances the master expects.</param>
public sealed record RunManifest(string RunId, string Fingerprint, string Build, int TotalInstances)
{
    /// <summary>
    /// The master's module selection (<c>--module</c>, <c>--category</c>, <c>--skip-module</c>, resolved to ids), or empty
    /// when every module runs: every instance must run with the same one.
    /// </summary>
    public string Selection { get; init; } = string.Empty;

    /// <summary>
    /// The master's <see cref="DistributedOptions.DefaultRetryCount"/> (<c>--retries</c>): every instance retries modules
    /// without <see cref="ModuleRetryAttribute"/> this often, so a worker's attempts agree with the master's supervisor.
    /// 0 in manifests written before it existed.
    /// </summary>
    public int DefaultRetryCount { get; init; }

    /// <summary>
    /// The W3C <c>traceparent</c> of the master's run span, which workers parent their module spans on; null when
    /// nobody listened to <see cref="PipelineTelemetry.Name"/> on the master (and in manifests written before it existed).
    /// </summary>
    public string? TraceParent { get; init; }
}
