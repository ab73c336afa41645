namespace ModularPipelines.Distributed;

/// <summary>One graph node and how it ended.</summary>
/// <param name="Id">The stable node id.</param>
/// <param name="DisplayName">The name in logs and the summary.</param>
/// <param name="MatrixTarget">Its matrix target, or null.</param>
/// <param name="DependsOn">The ids of its dependencies.</param>
/// <param name="Status">How it ended.</param>
/// <param name="Instance">The instance that ran it (its last claim); null when it never ran.</param>
/// <param name="Attempts">Attempts made, retries included (0 when it never ran).</param>
/// <param name="QueuedAt">When its first attempt was queued, on the master's clock; null when it never was.</param>
/// <param name="StartedAt">When its first claim started; null when it never ran.</param>
/// <param name="EndedAt">When it got its result: its last claim's end, or when the master decided it.</param>
/// <param name="DurationMs">The summary's duration: its last claim's run, retries in it included.</param>
/// <param name="SkipReason">Why it did not run or was cancelled, or null.</param>
/// <param name="Failure">Its last attempt's failure, or null.</param>
/// <param name="FailureIgnoredReason">Why its failure was ignored (<see cref="IgnoreFailureIfAttribute{TCondition}"/>), or null.</param>
/// <param name="Claims">Each time an instance took it from a queue, in order: the timeline's bars.</param>
/// <param name="ArtifactBytesIn">Bytes of the artifacts its last attempt received.</param>
/// <param name="ArtifactBytesOut">Bytes of the artifacts it published.</param>
internal sealed record ReportModule(
    string Id,
    string DisplayName,
    string? MatrixTarget,
    IReadOnlyList<string> DependsOn,
    ModuleStatus Status,
    int? Instance,
    int Attempts,
    DateTimeOffset? QueuedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset EndedAt,
    double DurationMs,
    string? SkipReason,
    ReportFailure? Failure,
    string? FailureIgnoredReason,
    IReadOnlyList<ReportClaim> Claims,
    long ArtifactBytesIn,
    long ArtifactBytesOut);
