namespace ModularPipelines.Distributed;

/// <summary>
/// Checks option values however they were set (code, environment or command line), so that a value the
/// command line would have refused cannot slip in through code and, say, leave the scheduler with no slots.
/// </summary>
internal static class DistributedOptionsValidator
{
    /// <summary>One line describing the first invalid value, or null when the options are usable.</summary>
    public static string? Validate(DistributedOptions options)
    {
        if (options.Concurrency < 1)
        {
            return $"Concurrency must be at least 1, not {options.Concurrency}: set --concurrency or DistributedOptions.Concurrency";
        }

        if (options.TotalInstances < 1)
        {
            return $"TotalInstances must be at least 1, not {options.TotalInstances}";
        }

        if (options.InstanceIndex > 0 && options.TotalInstances == 1)
        {
            // The usual slip: a worker started without --total, which defaults to a single process.
            return $"--instance {options.InstanceIndex} is a worker, but the run has 1 instance: pass --total N with N > {options.InstanceIndex} (the number of instances in the run; or set MODULAR_PIPELINES_TOTAL)";
        }

        if (options.InstanceIndex < 0 || options.InstanceIndex >= options.TotalInstances)
        {
            return $"InstanceIndex {options.InstanceIndex} is out of range for {options.TotalInstances} instances: use 0 to {options.TotalInstances - 1}";
        }

        if (options.Capabilities.FirstOrDefault(c => !CapabilityName.IsValid(c)) is { } capability)
        {
            return $"capability '{capability}' is not valid: use letters, digits and . _ : - only";
        }

        if (options.HeartbeatIntervalSeconds <= 0 || options.HeartbeatTimeoutSeconds <= options.HeartbeatIntervalSeconds)
        {
            return $"HeartbeatTimeoutSeconds ({options.HeartbeatTimeoutSeconds}) must be greater than HeartbeatIntervalSeconds ({options.HeartbeatIntervalSeconds}), which must be positive";
        }

        if (options.MaxModuleOutputBytes < 0)
        {
            return $"MaxModuleOutputBytes must be 0 or more, not {options.MaxModuleOutputBytes}";
        }

        if (options.DefaultRetryCount is < 0 or > DistributedOptions.MaxDefaultRetryCount)
        {
            return $"DefaultRetryCount must be from 0 to {DistributedOptions.MaxDefaultRetryCount}, not {options.DefaultRetryCount}: set --retries N or MODULAR_PIPELINES_RETRIES (or DistributedOptions.DefaultRetryCount) within that range";
        }

        if (options.LeaseRecoveries < 0 || options.MaxResultBytes < 1)
        {
            return $"LeaseRecoveries ({options.LeaseRecoveries}) must be 0 or more and MaxResultBytes ({options.MaxResultBytes}) at least 1";
        }

        if (options.MaxArtifactBytes < 1 || options.ArtifactDownloadTimeoutSeconds <= 0)
        {
            return $"MaxArtifactBytes ({options.MaxArtifactBytes}) and ArtifactDownloadTimeoutSeconds ({options.ArtifactDownloadTimeoutSeconds}) must be positive";
        }

        if (options.Workspace is { } workspace && !Directory.Exists(workspace))
        {
            return $"the workspace '{workspace}' does not exist: pass --workspace with an existing folder (or set MODULAR_PIPELINES_WORKSPACE)";
        }

        return options.CapabilityTimeoutSeconds <= 0
            ? $"CapabilityTimeoutSeconds must be positive, not {options.CapabilityTimeoutSeconds}"
            : null;
    }
}
