namespace ModularPipelines.Distributed;

/// <summary>The tag names on the spans and measurements of <see cref="PipelineTelemetry"/>.</summary>
public static class TelemetryTags
{
    /// <summary>The run id (<c>--run-id</c>; <c>local</c> in one process), on the run span.</summary>
    public const string RunId = "pipeline.run.id";

    /// <summary>The graph fingerprint, on the run span.</summary>
    public const string Fingerprint = "pipeline.fingerprint";

    /// <summary>How the run ended (<c>succeeded</c>, <c>failed</c>, <c>cancelled</c>), on the run span.</summary>
    public const string Outcome = "pipeline.outcome";

    /// <summary>The module's node id, on a module span.</summary>
    public const string ModuleId = "pipeline.module.id";

    /// <summary>The matrix target of a matrix module's node, on a module span (absent otherwise).</summary>
    public const string MatrixTarget = "pipeline.module.matrix_target";

    /// <summary>The index of the instance that ran the module (0 is the master), on module spans and measurements.</summary>
    public const string Instance = "pipeline.instance";

    /// <summary>Which claim of the node this is (1 for the first; more when a lost lease re-queued it), on a module span.</summary>
    public const string Attempt = "pipeline.module.attempt";

    /// <summary>The module's status (<see cref="ModuleStatus"/>, lower case), on module spans and the modules counter.</summary>
    public const string Status = "pipeline.module.status";

    /// <summary>The queue wait in milliseconds (see <see cref="PipelineTelemetry.QueueWaitHistogram"/>), on a module span of a module with dependencies.</summary>
    public const string QueueWaitMs = "pipeline.module.queue_wait_ms";
}
