namespace ModularPipelines.Distributed;

/// <summary>How a claim ended: the result its instance reported, or none.</summary>
internal enum ReportClaimStatus
{
    /// <summary>The module succeeded.</summary>
    Succeeded,

    /// <summary>Its last attempt threw.</summary>
    Failed,

    /// <summary>Its last attempt ran past its timeout.</summary>
    TimedOut,

    /// <summary>The run was cancelled while it ran.</summary>
    Cancelled,

    /// <summary>Its instance skipped it.</summary>
    Skipped,

    /// <summary>No result came from its instance: the lease expired, its holder was gone, or it never reported back.</summary>
    Lost,
}
