namespace ModularPipelines.Distributed;

/// <summary>How long a run's keys outlive their last write in Redis: longer than any CI job, short enough to clean up.</summary>
internal static class RunKeyLifetime
{
    public static readonly TimeSpan TimeToLive = TimeSpan.FromHours(24);
}
