namespace ModularPipelines.Distributed;

/// <summary>
/// A node's result as it crosses instances: everything of <see cref="ModuleResult"/> with the value as JSON, written
/// with the generated metadata of the node's result type. The receiver reads it with its own registry's type for
/// that node id, never with a type named in the payload.
/// </summary>
public sealed record ModuleResultEnvelope
{
    /// <summary>The node id.</summary>
    public required string NodeId { get; init; }

    /// <summary>How the node's run ended.</summary>
    public required ModuleStatus Status { get; init; }

    /// <summary>The value as JSON, or null when there is none.</summary>
    public string? ValueJson { get; init; }

    /// <summary>The failure, when there is one.</summary>
    public ModuleError? Error { get; init; }

    /// <summary>Why the node did not run, when it did not.</summary>
    public string? SkipReason { get; init; }

    /// <summary>Why the node's failure was ignored, when it was (<see cref="ModuleResult.FailureIgnoredReason"/>).</summary>
    public string? FailureIgnoredReason { get; init; }

    /// <summary>When the first attempt started.</summary>
    public DateTimeOffset StartedAt { get; init; }

    /// <summary>From the first attempt's start to the last attempt's end.</summary>
    public TimeSpan Duration { get; init; }

    /// <summary>Attempts made, across instances.</summary>
    public int Attempts { get; init; }

    /// <summary>The instance that produced this result.</summary>
    public int InstanceIndex { get; init; }

    /// <summary>Bytes of artifacts the module received.</summary>
    public long ArtifactBytesIn { get; init; }

    /// <summary>Bytes of artifacts the module published.</summary>
    public long ArtifactBytesOut { get; init; }
}
