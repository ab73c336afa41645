namespace ModularPipelines.Distributed;

/// <summary>The run as a whole.</summary>
/// <param name="RunId">The run id (<c>local</c> in one process).</param>
/// <param name="Fingerprint">The graph fingerprint.</param>
/// <param name="Build">The pipeline's assembly names.</param>
/// <param name="Distributed">Whether a coordinator shared the run between instances.</param>
/// <param name="TotalInstances">How many instances the run expected.</param>
/// <param name="Outcome">How it ended, as its exit code says.</param>
/// <param name="ExitCode">The master's exit code.</param>
/// <param name="StartedAt">When the master started the run, on its clock.</param>
/// <param name="EndedAt">When every module had its result, on the master's clock.</param>
/// <param name="DurationMs">From <paramref name="StartedAt"/> to <paramref name="EndedAt"/>, in milliseconds.</param>
internal sealed record ReportRun(
    string RunId,
    string Fingerprint,
    string Build,
    bool Distributed,
    int TotalInstances,
    ReportOutcome Outcome,
    int ExitCode,
    DateTimeOffset StartedAt,
    DateTimeOffset EndedAt,
    double DurationMs);
