namespace ModularPipelines.Distributed;

/// <summary>Why an instance's worker loop ended.</summary>
internal enum WorkerExit
{
    /// <summary>The master ended the run as completed.</summary>
    RunCompleted,

    /// <summary>The run was cancelled, by the master or locally.</summary>
    RunCancelled,

    /// <summary>The master stopped heartbeating.</summary>
    MasterGone,
}
