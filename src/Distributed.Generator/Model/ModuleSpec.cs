namespace ModularPipelines.Distributed.Generator.Model;

/// <summary>
/// Everything the emitter needs about one module class, as plain values: no symbols, syntax or compilation,
/// so that an edit that does not change these values leaves the generator's output cached.
/// </summary>
internal sealed record ModuleSpec
{
    /// <summary>The type id, <c>Namespace.Type</c> (nested types joined with dots).</summary>
    public required string Id { get; init; }

    /// <summary>The type name shown in logs.</summary>
    public required string DisplayName { get; init; }

    /// <summary>The module type, fully qualified with <c>global::</c>.</summary>
    public required string TypeName { get; init; }

    /// <summary>The result type, fully qualified with <c>global::</c>.</summary>
    public required string ResultTypeName { get; init; }

    public required EquatableArray<ConstructorParameterSpec> ConstructorParameters { get; init; }

    /// <summary>The edges in declaration order, each module once; those <see cref="DependencySpec.OnBase"/> are not yet resolved.</summary>
    public required EquatableArray<DependencySpec> Dependencies { get; init; }

    /// <summary>
    /// The ids of the abstract, non-generic module classes it derives from, nearest first: a dependency on one of them
    /// is a dependency on this module.
    /// </summary>
    public required EquatableArray<string> BaseIds { get; init; }

    public required EquatableArray<string> MatrixTargets { get; init; }

    public required EquatableArray<string> RequiredCapabilities { get; init; }

    /// <summary>
    /// The <see cref="RequiredCapabilities"/> declared only with <c>Optional = true</c>; one also declared without it is required.
    /// </summary>
    public EquatableArray<string> OptionalCapabilities { get; init; } = EquatableArray<string>.Empty;

    /// <summary>Pinning, exclusivity, timeout, retries and always-run, the same for every node of the module.</summary>
    public required SchedulingSpec Scheduling { get; init; }

    /// <summary>The <c>[SkipIf&lt;T&gt;]</c> conditions, in declaration order (the class's own, then its bases'), each once.</summary>
    public required EquatableArray<SkipConditionSpec> SkipConditions { get; init; }

    /// <summary>The <c>[IgnoreFailureIf&lt;T&gt;]</c> conditions, in declaration order (the class's own, then its bases'), each once.</summary>
    public required EquatableArray<SkipConditionSpec> IgnoreFailureConditions { get; init; }

    /// <summary>The <c>[ProducesArtifact]</c>s, the class's own then its bases', each name once (ignoring case).</summary>
    public required EquatableArray<ArtifactProductionSpec> ProducedArtifacts { get; init; }

    /// <summary>The <c>[ConsumesArtifact&lt;T&gt;]</c>s whose producers are among <see cref="Dependencies"/>, in declaration order.</summary>
    public required EquatableArray<ArtifactConsumptionSpec> ConsumedArtifacts { get; init; }

    /// <summary>The JSON shape of the result type, for metadata and the fingerprint.</summary>
    public required JsonShapeSpec ResultShape { get; init; }
}
