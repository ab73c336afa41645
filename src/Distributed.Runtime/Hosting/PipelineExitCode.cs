namespace ModularPipelines.Distributed;

/// <summary>The process exit codes of a pipeline run.</summary>
public static class PipelineExitCode
{
    /// <summary>Every module succeeded or was skipped.</summary>
    public const int Succeeded = 0;

    /// <summary>A module failed or timed out.</summary>
    public const int Failed = 1;

    /// <summary>Bad options, or a graph that cannot run.</summary>
    public const int ConfigurationError = 2;

    /// <summary>A worker lost its master: it stopped heartbeating, or never opened the run.</summary>
    public const int MasterLost = 3;

    /// <summary>
    /// Redis stayed unreachable for longer than the heartbeat timeout, or the run's state vanished from it (a Redis
    /// restarted without persistence).
    /// </summary>
    public const int CoordinatorLost = 4;

    /// <summary>The run was cancelled (Ctrl-C or SIGTERM).</summary>
    public const int Cancelled = 130;
}
