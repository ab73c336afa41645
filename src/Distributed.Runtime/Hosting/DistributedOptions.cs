namespace ModularPipelines.Distributed;

/// <summary>
/// Where and how this instance runs. Set in code with <see cref="PipelineBuilder.AddDistributedMode"/>;
/// environment variables override code, and the command line overrides both.
/// </summary>
public sealed class DistributedOptions
{
    private int _defaultRetryCount;

    /// <summary>
    /// Whether this process is one of several instances coordinating a run. Set for you when a coordinator is configured
    /// (<c>--redis</c>, <see cref="PipelineBuilder.AddRedisCoordinator"/>, <see cref="PipelineBuilder.AddDistributedCoordinator{T}"/>,
    /// or an <see cref="IDistributedCoordinator"/> registered in the services); setting it without one is an error.
    /// </summary>
    public bool Enabled { get; set; }

    /// <summary>This instance: 0 = master, 1..N-1 = workers (<c>--instance</c>).</summary>
    public int InstanceIndex { get; set; }

    /// <summary>How many instances take part in the run (<c>--total</c>).</summary>
    public int TotalInstances { get; set; } = 1;

    /// <summary>Capabilities this instance advertises (<c>--capability</c>), compared ignoring case.</summary>
    public IList<string> Capabilities { get; } = [];

    /// <summary>Adds the OS name (<c>linux</c>, <c>windows</c> or <c>macos</c>) to <see cref="Capabilities"/>. Default true.</summary>
    public bool AutoDetectOsCapability { get; set; } = true;

    /// <summary>Module slots on this instance (<c>--concurrency</c>). Default: the processor count.</summary>
    public int Concurrency { get; set; } = Environment.ProcessorCount;

    /// <summary>The StackExchange.Redis configuration string (<c>--redis</c>); <see langword="null"/> runs in one process.</summary>
    public string? RedisConfiguration { get; set; }

    /// <summary>Namespaces one run's coordination keys (<c>--run-id</c>); required in distributed mode.</summary>
    public string? RunId { get; set; }

    /// <summary>How often an instance reports that it is alive, in seconds. Default 10.</summary>
    public double HeartbeatIntervalSeconds { get; set; } = 10;

    /// <summary>How long without a heartbeat before an instance is presumed dead, in seconds. Default 30.</summary>
    public double HeartbeatTimeoutSeconds { get; set; } = 30;

    /// <summary>
    /// How long a module waits for a capable instance before it fails, in seconds; also how long a worker waits for
    /// the master to open the run. Default 300.
    /// </summary>
    public double CapabilityTimeoutSeconds { get; set; } = 300;

    /// <summary>
    /// How many times a failed or timed-out module without a <see cref="ModuleRetryAttribute"/> is retried
    /// (<c>--retries</c>), waiting 500 ms before the first retry and twice as long before each next one; a module's own
    /// attribute wins, so <c>[ModuleRetry(0)]</c> is never retried. 0 to <see cref="MaxDefaultRetryCount"/>. Default 0. In
    /// a distributed run the master's value applies on every instance.
    /// </summary>
    public int DefaultRetryCount
    {
        get => _defaultRetryCount;
        set
        {
            _defaultRetryCount = value;
            DefaultRetryCountGiven = true;
        }
    }

    /// <summary>The largest <see cref="DefaultRetryCount"/>: more retries than this hide a broken module for hours.</summary>
    public const int MaxDefaultRetryCount = 100;

    /// <summary>
    /// Whether <see cref="DefaultRetryCount"/> was set (in code, the environment or the command line): a worker that was
    /// given no count follows the master's, one given a different count is refused.
    /// </summary>
    internal bool DefaultRetryCountGiven { get; private set; }

    /// <summary>
    /// Extra attempts a module gets when the instance running it dies, beyond its <see cref="ModuleRetryAttribute"/>
    /// retries. Default 2.
    /// </summary>
    public int LeaseRecoveries { get; set; } = 2;

    /// <summary>The largest result value, in bytes of JSON, that may cross instances. Default 4 MiB.</summary>
    public int MaxResultBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>
    /// The most bytes of log lines one module attempt on a worker forwards to the master's console (the worker's own log
    /// keeps every line). Past it, one line says how much was cut. 0 forwards nothing (not even that line). Default
    /// 262,144 (256 KiB).
    /// </summary>
    public int MaxModuleOutputBytes { get; set; } = 256 * 1024;

    /// <summary>
    /// The folder artifacts' paths are relative to (<c>--workspace</c>); nothing is read from or written outside it.
    /// Null for the current directory.
    /// </summary>
    public string? Workspace { get; set; }

    /// <summary>
    /// Where artifacts cross instances (<c>--artifacts</c>): <c>redis</c> (the default in a distributed run over Redis),
    /// <c>file:///path</c> for a directory every instance shares, or <c>s3://bucket/prefix</c> for S3-compatible storage. Null for the default; in one process files stay in
    /// place. An <see cref="IArtifactStore"/> registered in the services is used when this is null.
    /// </summary>
    public string? Artifacts { get; set; }

    /// <summary>
    /// The most bytes of artifact content one run may store in Redis (identical files count once); a publish past it fails
    /// its module with a message naming the artifact. Default 1 GiB.
    /// </summary>
    public long MaxArtifactBytes { get; set; } = 1024L * 1024 * 1024;

    /// <summary>
    /// Whether the master deletes the run's artifacts from a shared folder or S3 when the run ends (Redis keys expire on
    /// their own). Off by default: S3 has no per-object expiry, so either turn this on or give the bucket a lifecycle
    /// rule on the prefix (docs/artifacts.md).
    /// </summary>
    public bool DeleteArtifactsAfterRun { get; set; }

    /// <summary>How long one artifact's download may take before the modules waiting for it fail, in seconds. Default 900.</summary>
    public double ArtifactDownloadTimeoutSeconds { get; set; } = 900;
}
