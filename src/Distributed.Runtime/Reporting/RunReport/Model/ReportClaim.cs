namespace ModularPipelines.Distributed;

/// <summary>One claim of a module by an instance: a bar in its instance's slot lane.</summary>
/// <param name="Attempt">The attempt it started with; retries by <see cref="ModuleRetryAttribute"/> run inside the same claim.</param>
/// <param name="Instance">The instance that claimed it.</param>
/// <param name="Slot">Its lane among the instance's slots, from 1: the first lane free at its start (see docs/report.md).</param>
/// <param name="QueuedAt">When its attempt was queued, on the master's clock; null when the master did not queue it.</param>
/// <param name="StartedAt">When it started.</param>
/// <param name="EndedAt">When it ended.</param>
/// <param name="DurationMs">From <paramref name="StartedAt"/> to <paramref name="EndedAt"/>, in milliseconds.</param>
/// <param name="Status">The result it produced, or Lost.</param>
/// <param name="TimesFrom">Whose clock the start and end are.</param>
internal sealed record ReportClaim(
    int Attempt,
    int Instance,
    int Slot,
    DateTimeOffset? QueuedAt,
    DateTimeOffset StartedAt,
    DateTimeOffset EndedAt,
    double DurationMs,
    ReportClaimStatus Status,
    ReportClock TimesFrom);
