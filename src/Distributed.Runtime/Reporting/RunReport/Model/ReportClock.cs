namespace ModularPipelines.Distributed;

/// <summary>Whose clock a claim's times are.</summary>
internal enum ReportClock
{
    /// <summary>Measured by the instance that ran it, and reported with its result.</summary>
    Instance,

    /// <summary>Seen by the master: when it read the claim in the event log and when it found the lease lost.</summary>
    Master,
}
