namespace ModularPipelines.Distributed.Generator.Parser;

/// <summary>
/// The runtime's names that build-time code recognises or writes: metadata names of its types (in
/// <see cref="Namespace"/>), and the members the analyzers look for. The one copy for the generator, the analyzers
/// (which compile this folder) and the code fixes (which see the analyzers' copy); tests check each against the
/// runtime assembly.
/// </summary>
internal static class KnownNames
{
    public const string Namespace = "ModularPipelines.Distributed";

    /// <summary>The module base class as source names it, without its type argument: <c>Module</c> of <c>Module&lt;T&gt;</c>.</summary>
    public const string ModuleName = "Module";
    public const string Module = ModuleName + "`1";
    public const string ModuleContext = "IModuleContext";

    /// <summary>The runtime's "no result" type, which the runtime serializes itself.</summary>
    public const string None = "None";
    public const string DependsOn = "DependsOnAttribute`1";
    public const string MatrixTarget = "MatrixTargetAttribute";
    public const string RequiresCapability = "RequiresCapabilityAttribute";
    public const string PinToMaster = "PinToMasterAttribute";
    public const string NotInParallel = "NotInParallelAttribute";
    public const string ModuleTimeout = "ModuleTimeoutAttribute";
    public const string ModuleRetry = "ModuleRetryAttribute";
    public const string AlwaysRun = "AlwaysRunAttribute";
    public const string Category = "CategoryAttribute";
    public const string PipelineJsonContext = "PipelineJsonContextAttribute";
    public const string SkipIf = "SkipIfAttribute`1";
    public const string IgnoreFailureIf = "IgnoreFailureIfAttribute`1";
    public const string ProducesArtifact = "ProducesArtifactAttribute";
    public const string ConsumesArtifact = "ConsumesArtifactAttribute`1";

    /// <summary>The interface every <see cref="SkipIf"/> and <see cref="IgnoreFailureIf"/> condition implements.</summary>
    public const string SkipCondition = "ISkipCondition";

    /// <summary>The <see cref="ModuleRetry"/> property with the backoff before the first retry.</summary>
    public const string RetryBackoffProperty = "BackoffMilliseconds";

    /// <summary>The <see cref="RetryBackoffProperty"/> of an attribute that does not set it.</summary>
    public const int DefaultRetryBackoffMilliseconds = 500;

    /// <summary><see cref="ModuleContext"/>'s method that reads a dependency's result.</summary>
    public const string GetModuleMethod = "GetModule";

    /// <summary><see cref="ModuleContext"/>'s method that returns the running matrix instance's target.</summary>
    public const string GetMatrixTargetMethod = "GetMatrixTarget";

    /// <summary>The full metadata name, for <c>Compilation.GetTypeByMetadataName</c>: <c>ModularPipelines.Distributed.Module`1</c>.</summary>
    public static string FullName(string metadataName) => Namespace + "." + metadataName;

    /// <summary>An attribute's name as written in brackets: <c>PinToMaster</c> for <c>PinToMasterAttribute</c>.</summary>
    public static string WithoutAttributeSuffix(string name)
    {
        const string Suffix = "Attribute";
        return name.EndsWith(Suffix, System.StringComparison.Ordinal) ? name.Substring(0, name.Length - Suffix.Length) : name;
    }
}
