using Microsoft.Extensions.Logging;

namespace ModularPipelines.Distributed;

/// <summary>The context of one attempt of one node.</summary>
internal sealed class ModuleContext(
    GraphNode node,
    PipelineGraph graph,
    ModuleInstances instances,
    IServiceProvider services,
    ILogger logger,
    int attempt,
    int instanceIndex,
    ModuleArtifacts artifacts,
    CancellationToken moduleToken) : IModuleContext
{
    private readonly CommandRunner _commands = new(logger, moduleToken);

    public ICommandRunner Commands => _commands;

    public IModuleArtifacts Artifacts => artifacts;

    /// <summary>The attempt's artifacts, for the executor: the declared ones before and after the module body.</summary>
    public ModuleArtifacts AttemptArtifacts => artifacts;

    public ILogger Logger => logger;

    public IServiceProvider Services => services;

    public string ModuleId => node.Id;

    public int Attempt => attempt;

    public int InstanceIndex => instanceIndex;

    public TModule GetModule<TModule>()
        where TModule : ModuleBase
    {
        var candidates = DeclaredDependencies<TModule>();
        if (candidates.Count == 1)
        {
            return (TModule)instances.GetOrCreate(candidates[0]);
        }

        var sameTarget = candidates.Where(c => c.Definition.MatrixTarget is not null
            && string.Equals(c.Definition.MatrixTarget, node.Definition.MatrixTarget, StringComparison.OrdinalIgnoreCase)).ToList();
        if (sameTarget.Count == 1)
        {
            return (TModule)instances.GetOrCreate(sameTarget[0]);
        }

        throw new InvalidOperationException(
            $"{node.DisplayName} reads {typeof(TModule).Name}, a matrix module with targets {string.Join(", ", TargetsOf(candidates))}: name one with GetModule<{typeof(TModule).Name}>(\"target\").");
    }

    public TModule GetModule<TModule>(string matrixTarget)
        where TModule : ModuleBase
    {
        ArgumentNullException.ThrowIfNull(matrixTarget);
        var candidates = DeclaredDependencies<TModule>();
        var match = candidates.FirstOrDefault(c => string.Equals(c.Definition.MatrixTarget, matrixTarget, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException(
                $"{typeof(TModule).Name} has no matrix target '{matrixTarget}': its targets are {string.Join(", ", TargetsOf(candidates))}.");
        return (TModule)instances.GetOrCreate(match);
    }

    public string? GetMatrixTarget() => node.Definition.MatrixTarget;

    public IReadOnlyList<string> GetMatrixTargets<TModule>()
        where TModule : ModuleBase
    {
        var nodes = graph.NodesOf(typeof(TModule));
        return nodes.Count == 0
            ? throw new InvalidOperationException($"{typeof(TModule).Name} is not a module of this pipeline.")
            : nodes[0].Definition.MatrixTargets;
    }

    private List<GraphNode> DeclaredDependencies<TModule>()
    {
        var declared = node.Dependencies.Where(d => d.Definition.ModuleType == typeof(TModule)).ToList();
        if (declared.Count > 0)
        {
            return declared;
        }

        var reason = graph.NodesOf(typeof(TModule)).Count == 0
            ? $"{typeof(TModule).Name} is not a module of this pipeline"
            : $"{node.DisplayName} does not declare [DependsOn<{typeof(TModule).Name}>]";
        throw new InvalidOperationException($"{reason}: a module may read only the modules it depends on, so add [DependsOn<{typeof(TModule).Name}>] to it.");
    }

    private static IEnumerable<string> TargetsOf(List<GraphNode> nodes) =>
        nodes.Select(n => n.Definition.MatrixTarget ?? "(none)");
}
