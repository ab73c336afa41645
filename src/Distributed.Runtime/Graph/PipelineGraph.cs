using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ModularPipelines.Distributed;

/// <summary>The validated module graph of every registered assembly, ready to schedule.</summary>
internal sealed class PipelineGraph
{
    private readonly Dictionary<string, GraphNode> _byId;
    private readonly Dictionary<Type, GraphNode[]> _byModuleType;

    private PipelineGraph(IReadOnlyList<GraphNode> nodes, string fingerprint, JsonSerializerOptions resultSerializerOptions, IReadOnlyList<string> assemblyNames)
    {
        AssemblyNames = assemblyNames;
        Nodes = nodes;
        Fingerprint = fingerprint;
        ResultSerializerOptions = resultSerializerOptions;
        _byId = nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        _byModuleType = nodes.GroupBy(n => n.Definition.ModuleType).ToDictionary(g => g.Key, g => g.ToArray());
    }

    public IReadOnlyList<GraphNode> Nodes { get; }

    public string Fingerprint { get; }

    /// <summary>The fingerprint's first 12 characters, as logs show it.</summary>
    public string ShortFingerprint => Fingerprint.Length <= 12 ? Fingerprint : Fingerprint[..12];

    /// <summary>The assemblies whose modules make up the graph, for messages about mismatched builds.</summary>
    public IReadOnlyList<string> AssemblyNames { get; }

    /// <summary>Options whose resolvers cover every result type: the generated metadata, then any user context.</summary>
    public JsonSerializerOptions ResultSerializerOptions { get; }

    public GraphNode? Find(string id) => _byId.GetValueOrDefault(id);

    public IReadOnlyList<GraphNode> NodesOf(Type moduleType) => _byModuleType.GetValueOrDefault(moduleType) ?? [];

    /// <summary>Resolves edges, rejects duplicate ids, unknown dependencies and cycles, and ranks nodes by critical path.</summary>
    /// <exception cref="PipelineConfigurationException">The graph does not hold together.</exception>
    public static PipelineGraph Build(IReadOnlyList<PipelineDefinition> definitions)
    {
        if (definitions.Count == 0 || definitions.All(d => d.Modules.Count == 0))
        {
            throw new PipelineConfigurationException(
                "No modules were found: declare at least one class deriving from Module<T> in the pipeline project, which must reference the ModularPipelines.Distributed generator.");
        }

        DistinctDisplayNames.Apply([.. definitions.SelectMany(d => d.Modules)]);
        var nodes = new List<GraphNode>();
        var byId = new Dictionary<string, GraphNode>(StringComparer.Ordinal);
        foreach (var definition in definitions.SelectMany(d => d.Modules))
        {
            var node = new GraphNode(definition, nodes.Count);
            if (!byId.TryAdd(definition.Id, node))
            {
                throw new PipelineConfigurationException($"Two modules have the id '{definition.Id}': give one of them another name or namespace.");
            }

            nodes.Add(node);
        }

        foreach (var node in nodes)
        {
            foreach (var dependencyId in node.Definition.Dependencies)
            {
                if (!byId.TryGetValue(dependencyId, out var dependency))
                {
                    throw new PipelineConfigurationException(
                        $"{node.DisplayName} depends on '{dependencyId}', which is not a module of this pipeline: reference the assembly that declares it.");
                }

                node.Dependencies.Add(dependency);
                dependency.Dependents.Add(node);
            }

            foreach (var optionalId in node.Definition.OptionalDependencies)
            {
                node.OptionalDependencies.Add(node.Dependencies.FirstOrDefault(d => d.Id == optionalId)
                    ?? throw new PipelineConfigurationException($"{node.DisplayName} has the optional dependency '{optionalId}', which is not among its dependencies: rebuild the pipeline with the current generator."));
            }
        }

        RankByCriticalPath(nodes);
        var options = CreateResultSerializerOptions(definitions);
        foreach (var node in nodes)
        {
            if (!options.TryGetTypeInfo(node.Definition.ResultType, out _))
            {
                throw new PipelineConfigurationException(
                    $"{node.DisplayName} returns {node.Definition.ResultType}, which has no JSON metadata: add [JsonSerializable(typeof({node.Definition.ResultType.Name}))] to a JsonSerializerContext and register it with [assembly: PipelineJsonContext(typeof(YourContext))].");
            }
        }

        return new PipelineGraph(nodes, CombineFingerprints(definitions), options, [.. definitions.Select(d => d.AssemblyName)]);
    }

    /// <summary>Longest path to a sink, computed in reverse topological order (Kahn), which also detects cycles.</summary>
    private static void RankByCriticalPath(List<GraphNode> nodes)
    {
        var pendingDependents = nodes.ToDictionary(n => n, n => n.Dependents.Count);
        var sinks = new Queue<GraphNode>(nodes.Where(n => n.Dependents.Count == 0));
        var ranked = 0;
        while (sinks.TryDequeue(out var node))
        {
            node.CriticalPathLength = 1 + (node.Dependents.Count == 0 ? 0 : node.Dependents.Max(d => d.CriticalPathLength));
            ranked++;
            foreach (var dependency in node.Dependencies)
            {
                if (--pendingDependents[dependency] == 0)
                {
                    sinks.Enqueue(dependency);
                }
            }
        }

        if (ranked != nodes.Count)
        {
            var cycle = string.Join(" -> ", FindCycle(nodes.Where(n => pendingDependents[n] > 0).ToHashSet()).Select(n => n.DisplayName));
            throw new PipelineConfigurationException($"The [DependsOn] graph has a cycle: {cycle}. Remove one of those dependencies.");
        }
    }

    /// <summary>
    /// One cycle among the nodes Kahn's pass could not rank. Every such node has a dependent that is also unranked,
    /// so walking dependents inside that set must revisit a node; the walk from the first revisit is the cycle.
    /// </summary>
    private static List<GraphNode> FindCycle(HashSet<GraphNode> unranked)
    {
        var path = new List<GraphNode>();
        var position = new Dictionary<GraphNode, int>();
        var node = unranked.First();
        while (!position.ContainsKey(node))
        {
            position[node] = path.Count;
            path.Add(node);
            node = node.Dependents.First(unranked.Contains);
        }

        var cycle = path.GetRange(position[node], path.Count - position[node]);
        cycle.Reverse();
        cycle.Add(cycle[0]);
        return cycle;
    }

    private static JsonSerializerOptions CreateResultSerializerOptions(IReadOnlyList<PipelineDefinition> definitions)
    {
        var resolvers = new List<IJsonTypeInfoResolver> { BuiltInResultTypes.Resolver };
        resolvers.AddRange(definitions.Select(d => d.ResultTypeResolver));
        resolvers.AddRange(definitions.Select(d => d.UserResultTypeResolver).OfType<IJsonTypeInfoResolver>());
        var options = new JsonSerializerOptions { TypeInfoResolver = JsonTypeInfoResolver.Combine([.. resolvers]) };
        options.MakeReadOnly();
        return options;
    }

    private static string CombineFingerprints(IReadOnlyList<PipelineDefinition> definitions)
    {
        if (definitions.Count == 1)
        {
            return definitions[0].Fingerprint;
        }

        var text = string.Join("\n", definitions.Select(d => d.Fingerprint).Order(StringComparer.Ordinal));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
