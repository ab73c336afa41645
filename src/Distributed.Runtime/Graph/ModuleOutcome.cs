namespace ModularPipelines.Distributed;

/// <summary>Everything about a node's run except its value, before it is typed into a <see cref="ModuleResult{T}"/>.</summary>
internal readonly record struct ModuleOutcome(
    ModuleStatus Status,
    DateTimeOffset StartedAt,
    TimeSpan Duration,
    int Attempts,
    int InstanceIndex,
    ModuleError? Error = null,
    string? SkipReason = null,
    long ArtifactBytesIn = 0,
    long ArtifactBytesOut = 0,
    string? FailureIgnoredReason = null);
