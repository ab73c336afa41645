namespace ModularPipelines.Distributed.Generator.Model;

/// <summary>
/// One graph node, final: a module, or one matrix instance of it, with its edges resolved to node ids and the matrix
/// target among its capabilities. The emitter prints it as it is.
/// </summary>
internal sealed record NodeSpec
{
    /// <summary>The node id: <c>Namespace.Type</c> or <c>Namespace.Type[target]</c>.</summary>
    public required string Id { get; init; }

    /// <summary><c>Type</c> or <c>Type[target]</c>.</summary>
    public required string DisplayName { get; init; }

    /// <summary>The module type, fully qualified with <c>global::</c>.</summary>
    public required string ModuleTypeName { get; init; }

    /// <summary>The result type, fully qualified with <c>global::</c>.</summary>
    public required string ResultTypeName { get; init; }

    /// <summary>The parameters of the constructor the node's factory calls.</summary>
    public required EquatableArray<ConstructorParameterSpec> ConstructorParameters { get; init; }

    /// <summary>The instance's target, or null for a module without <c>[MatrixTarget]</c>.</summary>
    public required string? MatrixTarget { get; init; }

    /// <summary>Every target of the module; empty when <see cref="MatrixTarget"/> is null.</summary>
    public required EquatableArray<string> MatrixTargets { get; init; }

    /// <summary>Ids of the nodes it waits for.</summary>
    public required EquatableArray<string> Dependencies { get; init; }

    /// <summary>The ids among <see cref="Dependencies"/> declared with <c>Optional = true</c>.</summary>
    public required EquatableArray<string> OptionalDependencies { get; init; }

    /// <summary>The module's capabilities plus the matrix target.</summary>
    public required EquatableArray<string> RequiredCapabilities { get; init; }

    /// <summary>The module's optional capabilities; a matrix target is never one of them.</summary>
    public EquatableArray<string> OptionalCapabilities { get; init; } = EquatableArray<string>.Empty;

    /// <summary>The module's pinning, exclusivity, timeout, retries and always-run.</summary>
    public required SchedulingSpec Scheduling { get; init; }

    /// <summary>The module's <c>[SkipIf&lt;T&gt;]</c> conditions, in the order the runtime asks them.</summary>
    public required EquatableArray<SkipConditionSpec> SkipConditions { get; init; }

    /// <summary>The module's <c>[IgnoreFailureIf&lt;T&gt;]</c> conditions, in the order the runtime asks them after a failure.</summary>
    public required EquatableArray<SkipConditionSpec> IgnoreFailureConditions { get; init; }

    /// <summary>The module's produced artifacts, the same for every matrix instance: each instance publishes its own.</summary>
    public required EquatableArray<ArtifactProductionSpec> ProducedArtifacts { get; init; }

    /// <summary>The module's consumed artifacts; which producer instances they come from follows <see cref="Dependencies"/>.</summary>
    public required EquatableArray<ArtifactConsumptionSpec> ConsumedArtifacts { get; init; }
}
