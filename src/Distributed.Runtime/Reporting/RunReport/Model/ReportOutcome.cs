namespace ModularPipelines.Distributed;

/// <summary>How a reported run ended.</summary>
internal enum ReportOutcome
{
    /// <summary>Exit code 0: every module succeeded or was skipped.</summary>
    Succeeded,

    /// <summary>Exit code 1: a module failed or timed out.</summary>
    Failed,

    /// <summary>Exit code 130: Ctrl-C or SIGTERM.</summary>
    Cancelled,
}
