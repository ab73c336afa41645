namespace ModularPipelines.Distributed.Generator.Parser;

/// <summary>Metadata names of the runtime types the generator recognises.</summary>
internal static class KnownNames
{
    public const string Namespace = "ModularPipelines.Distributed";
    public const string Module = "Module`1";
    public const string DependsOn = "DependsOnAttribute`1";
    public const string MatrixTarget = "MatrixTargetAttribute";
    public const string RequiresCapability = "RequiresCapabilityAttribute";
    public const string PinToMaster = "PinToMasterAttribute";
    public const string NotInParallel = "NotInParallelAttribute";
    public const string ModuleTimeout = "ModuleTimeoutAttribute";
    public const string ModuleRetry = "ModuleRetryAttribute";
    public const string AlwaysRun = "AlwaysRunAttribute";
    public const string PipelineJsonContext = "PipelineJsonContextAttribute";
    public const string RetryBackoffProperty = "BackoffMilliseconds";
    public const int DefaultRetryBackoffMilliseconds = 500;
}
