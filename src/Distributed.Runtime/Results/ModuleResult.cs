namespace ModularPipelines.Distributed;

/// <summary>How one graph node's run ended, without its value. See <see cref="ModuleResult{T}"/>.</summary>
public class ModuleResult
{
    /// <summary>The node's stable id: <c>Namespace.Type</c>, or <c>Namespace.Type[target]</c> for a matrix instance.</summary>
    public required string ModuleId { get; init; }

    /// <summary>The name shown in logs and the summary: <c>Type</c> or <c>Type[target]</c>.</summary>
    public required string DisplayName { get; init; }

    /// <summary>The matrix target of this node, or <see langword="null"/> when the module has no matrix.</summary>
    public string? MatrixTarget { get; init; }

    /// <summary>How the run ended.</summary>
    public required ModuleStatus Status { get; init; }

    /// <summary>The failure of the last attempt, when <see cref="Status"/> is Failed or TimedOut.</summary>
    public ModuleError? Error { get; init; }

    /// <summary>Why the module did not run, when <see cref="Status"/> is Skipped or Cancelled.</summary>
    public string? SkipReason { get; init; }

    /// <summary>
    /// Why the failure of a Failed or TimedOut module was ignored (<see cref="IgnoreFailureIfAttribute{TCondition}"/>), or
    /// <see langword="null"/> when it was not: an ignored failure keeps its status and error but is no
    /// <see cref="IsFailure"/>.
    /// </summary>
    public string? FailureIgnoredReason { get; init; }

    /// <summary>When the first attempt started, or when the module was skipped.</summary>
    public DateTimeOffset StartedAt { get; init; }

    /// <summary>Wall-clock time from the first attempt's start to the last attempt's end.</summary>
    public TimeSpan Duration { get; init; }

    /// <summary>How many attempts ran (0 when the module was skipped).</summary>
    public int Attempts { get; init; }

    /// <summary>The instance that ran the module (0 = master, or the single process).</summary>
    public int InstanceIndex { get; init; }

    /// <summary>The bytes of the artifacts the module's last attempt received (<see cref="ConsumesArtifactAttribute{TProducer}"/> and downloads).</summary>
    public long ArtifactBytesIn { get; init; }

    /// <summary>The bytes of the artifacts the module published (0 unless it succeeded).</summary>
    public long ArtifactBytesOut { get; init; }

    /// <summary>
    /// True when the module failed, timed out or was cancelled, unless its failure was ignored
    /// (<see cref="FailureIgnoredReason"/>): the outcomes that fail the pipeline and stop its dependents.
    /// </summary>
    public bool IsFailure => FailureIgnoredReason is null && (Status is ModuleStatus.Failed or ModuleStatus.TimedOut or ModuleStatus.Cancelled);
}
