using System.ComponentModel;

namespace ModularPipelines.Distributed;

/// <summary>
/// One node of the build-time generated module graph. Created by generated code; user code never needs it.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class ModuleDefinition
{
    private protected ModuleDefinition(string id, string displayName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(displayName);
        Id = id;
        DisplayName = displayName;
    }

    /// <summary>The stable node id: <c>Namespace.Type</c> or <c>Namespace.Type[target]</c>.</summary>
    public string Id { get; }

    /// <summary>
    /// The name shown in logs: <c>Type</c> or <c>Type[target]</c>; when two modules of the pipeline share a type name,
    /// as much of the namespace (and containing types) as tells them apart: <c>Tools.Git</c> and <c>Sources.Git</c>.
    /// </summary>
    public string DisplayName { get; internal set; }

    /// <summary>The module class.</summary>
    public abstract Type ModuleType { get; }

    /// <summary>The module's result type.</summary>
    public abstract Type ResultType { get; }

    /// <summary>The node's matrix target, or <see langword="null"/>.</summary>
    public string? MatrixTarget { get; init; }

    /// <summary>All matrix targets of the module class, in declaration order (empty when it has none).</summary>
    public IReadOnlyList<string> MatrixTargets { get; init; } = [];

    /// <summary>Ids of the nodes that must finish first.</summary>
    public IReadOnlyList<string> Dependencies { get; init; } = [];

    /// <summary>
    /// The ids among <see cref="Dependencies"/> declared with <c>Optional = true</c>: <c>--module</c> does not pull them
    /// into the run, and a node waits for them only when they are in it.
    /// </summary>
    public IReadOnlyList<string> OptionalDependencies { get; init; } = [];

    /// <summary>Capabilities an instance must advertise to run the node (a matrix target is one of them).</summary>
    public IReadOnlyList<string> RequiredCapabilities { get; init; } = [];

    /// <summary>
    /// The <see cref="RequiredCapabilities"/> the node may do without (<see cref="RequiresCapabilityAttribute.Optional"/>):
    /// when no instance of the run advertises one, the node is skipped rather than failed.
    /// </summary>
    public IReadOnlyList<string> OptionalCapabilities { get; init; } = [];

    /// <summary>Whether only instance 0 may run the node.</summary>
    public bool PinToMaster { get; init; }

    /// <summary>Exclusion keys: nodes sharing a key never run at the same time.</summary>
    public IReadOnlyList<string> NotInParallelKeys { get; init; } = [];

    /// <summary>The time limit of one attempt, or <see langword="null"/> for none.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>
    /// How many times a failed or timed-out attempt is retried, from <see cref="ModuleRetryAttribute"/>; null when the
    /// module has none, so the run's <see cref="DistributedOptions.DefaultRetryCount"/> applies (<c>[ModuleRetry(0)]</c>
    /// is 0: never retried, whatever <c>--retries</c> says).
    /// </summary>
    public int? Retries { get; init; }

    /// <summary>The wait before the first retry; it doubles for each later retry.</summary>
    public TimeSpan RetryBackoff { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Whether the node runs after failures once its dependencies have finished.</summary>
    public bool AlwaysRun { get; init; }

    /// <summary>The module's <see cref="CategoryAttribute"/> names, for <c>--category</c>.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>
    /// Factories of the module's <see cref="SkipIfAttribute{TCondition}"/> conditions, in declaration order; each builds
    /// its condition with constructor arguments from the services.
    /// </summary>
    public IReadOnlyList<Func<IServiceProvider, ISkipCondition>> SkipConditions { get; init; } = [];

    /// <summary>
    /// Factories of the module's <see cref="IgnoreFailureIfAttribute{TCondition}"/> conditions, in declaration order; asked
    /// once the module failed or timed out after its retries, by the instance that ran it.
    /// </summary>
    public IReadOnlyList<Func<IServiceProvider, ISkipCondition>> IgnoreFailureConditions { get; init; } = [];

    /// <summary>The module's <see cref="ProducesArtifactAttribute"/> artifacts, published when a node succeeds.</summary>
    public IReadOnlyList<ArtifactProduction> ProducedArtifacts { get; init; } = [];

    /// <summary>
    /// The module's <see cref="ConsumesArtifactAttribute{TProducer}"/> artifacts, put in the workspace before a node starts;
    /// each producer is also among <see cref="Dependencies"/>.
    /// </summary>
    public IReadOnlyList<ArtifactConsumption> ConsumedArtifacts { get; init; } = [];

    /// <summary>The retries a node gets in a run whose default is <paramref name="defaultRetryCount"/>: its own when it declares them.</summary>
    internal int RetriesWith(int defaultRetryCount) => Retries ?? defaultRetryCount;

    internal abstract ModuleBase CreateInstance(IServiceProvider services);

    internal abstract Task<object?> ExecuteAsync(ModuleBase instance, IModuleContext context, CancellationToken cancellationToken);

    internal abstract ModuleResult CreateResult(ModuleOutcome outcome, object? value);

    /// <summary>The value of a result this definition created; null when it has none.</summary>
    internal abstract object? ValueOf(ModuleResult result);

    internal abstract void BindResult(ModuleBase instance, Func<Task<ModuleResult>> resultSource);
}
