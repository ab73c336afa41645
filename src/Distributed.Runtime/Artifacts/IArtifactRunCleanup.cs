namespace ModularPipelines.Distributed;

/// <summary>
/// A store whose objects outlive the run unless deleted (a shared folder, S3: neither expires anything by itself). The
/// master deletes the run's artifacts when the run ends if <see cref="DistributedOptions.DeleteArtifactsAfterRun"/> asks.
/// </summary>
internal interface IArtifactRunCleanup
{
    /// <summary>Deletes everything this run stored; returns how many files or objects went.</summary>
    Task<int> DeleteRunAsync(CancellationToken cancellationToken);

    /// <summary>Where the run's artifacts are, for the log line.</summary>
    string RunLocation { get; }
}
