namespace ModularPipelines.Distributed.Analyzers;

/// <summary>The diagnostic ids. MPD0001–MPD0013 are part of the public contract (users suppress and configure them by id); never renumber any.</summary>
public static class DiagnosticIds
{
    /// <summary><c>[MatrixTarget]</c> with no targets, or with an empty or blank target.</summary>
    public const string MatrixTargetMissing = "MPD0001";

    /// <summary><c>[MatrixTarget]</c> repeats a target, ignoring case.</summary>
    public const string MatrixTargetRepeated = "MPD0002";

    /// <summary>A distributed attribute on a type that is not a concrete, non-generic <c>Module&lt;T&gt;</c>.</summary>
    public const string AttributeOnNonModule = "MPD0003";

    /// <summary><c>[RequiresCapability]</c> empty, blank or with characters outside <c>[A-Za-z0-9._:-]</c>.</summary>
    public const string CapabilityInvalid = "MPD0004";

    /// <summary>The same capability required twice.</summary>
    public const string CapabilityRepeated = "MPD0005";

    /// <summary><c>[PinToMaster]</c> together with <c>[MatrixTarget]</c>.</summary>
    public const string PinnedMatrix = "MPD0006";

    /// <summary><c>[PinToMaster]</c> together with <c>[RequiresCapability]</c>.</summary>
    public const string PinnedWithCapability = "MPD0007";

    /// <summary>A <c>[DependsOn]</c> cycle.</summary>
    public const string DependencyCycle = "MPD0008";

    /// <summary><c>[DependsOn&lt;T&gt;]</c> on the module itself or on a type that is not a concrete module.</summary>
    public const string DependencyInvalid = "MPD0009";

    /// <summary><c>GetModule&lt;T&gt;()</c> of a module that is not a declared dependency.</summary>
    public const string UndeclaredDependency = "MPD0010";

    /// <summary><c>GetMatrixTarget()</c> in a module without <c>[MatrixTarget]</c>.</summary>
    public const string MatrixTargetReadWithoutMatrix = "MPD0011";

    /// <summary>A result type that neither the generated metadata nor a registered context can serialize.</summary>
    public const string ResultTypeNotSerializable = "MPD0012";

    /// <summary><c>GetModule&lt;T&gt;("x")</c> with a target that <c>T</c>'s <c>[MatrixTarget]</c> lacks.</summary>
    public const string UnknownMatrixTarget = "MPD0013";

    /// <summary><c>[ModuleTimeout]</c> that is not a positive, finite number of seconds.</summary>
    public const string TimeoutInvalid = "MPD0014";

    /// <summary><c>[ModuleRetry]</c> with a negative retry count or backoff.</summary>
    public const string RetryInvalid = "MPD0015";

    /// <summary>A <c>Module&lt;T&gt;</c> class that the generator cannot put in the graph.</summary>
    public const string ModuleNotInGraph = "MPD0016";

    /// <summary>The same <c>[DependsOn&lt;T&gt;]</c> declared twice.</summary>
    public const string DependencyRepeated = "MPD0017";

    /// <summary><c>GetModule&lt;T&gt;()</c> without a target, where <c>T</c> is a matrix module the caller shares no target with.</summary>
    public const string MatrixDependencyNeedsTarget = "MPD0018";

    /// <summary><c>[NotInParallel]</c> with an empty or blank key.</summary>
    public const string ExclusionKeyBlank = "MPD0019";

    /// <summary>A matrix target with characters outside <c>[A-Za-z0-9._:-]</c> (targets are capabilities).</summary>
    public const string MatrixTargetInvalid = "MPD0020";

    /// <summary><c>[assembly: PipelineJsonContext]</c> naming a type that is not a <c>JsonSerializerContext</c> with a static <c>Default</c>.</summary>
    public const string JsonContextInvalid = "MPD0021";

    /// <summary><c>[SkipIf&lt;T&gt;]</c> naming a condition generated code cannot construct (abstract, an interface, no accessible constructor).</summary>
    public const string SkipConditionNotConstructible = "MPD0022";

    /// <summary>An artifact name, of <c>[ProducesArtifact]</c> or <c>[ConsumesArtifact&lt;T&gt;]</c>, that is blank or has characters outside <c>[A-Za-z0-9._-]</c>.</summary>
    public const string ArtifactNameInvalid = "MPD0023";

    /// <summary>The same artifact name produced twice by one module, ignoring case, also through inheritance.</summary>
    public const string ArtifactProducedTwice = "MPD0024";

    /// <summary>A <c>[ProducesArtifact]</c> pattern that is blank, absolute or climbs out with <c>..</c>, or no include pattern at all.</summary>
    public const string ArtifactPatternInvalid = "MPD0025";

    /// <summary><c>[ConsumesArtifact&lt;T&gt;]</c> of an artifact that <c>T</c> does not produce.</summary>
    public const string ArtifactNotProduced = "MPD0026";

    /// <summary><c>[ConsumesArtifact&lt;T&gt;]</c> where <c>T</c> is the module itself or not a concrete module.</summary>
    public const string ArtifactProducerInvalid = "MPD0027";

    /// <summary>A matrix module's artifact pattern without <c>{target}</c>.</summary>
    public const string ArtifactPatternSharedByTargets = "MPD0028";
}
