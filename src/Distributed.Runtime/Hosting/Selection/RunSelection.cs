namespace ModularPipelines.Distributed;

/// <summary>
/// Which modules of the graph this run leaves out (<c>--module</c>, <c>--category</c>, <c>--skip-module</c>), each with
/// the reason its summary row shows, and the selection written the same way on every instance
/// (<see cref="Canonical"/>), so that a worker started with another one is refused.
/// </summary>
internal sealed class RunSelection
{
    public static readonly RunSelection Everything = new(new Dictionary<GraphNode, string>(), string.Empty);

    private RunSelection(IReadOnlyDictionary<GraphNode, string> leftOut, string canonical)
    {
        LeftOut = leftOut;
        Canonical = canonical;
    }

    /// <summary>The nodes this run does not run, with why.</summary>
    public IReadOnlyDictionary<GraphNode, string> LeftOut { get; }

    /// <summary>The options as resolved (ids, sorted), or empty when every module runs.</summary>
    public string Canonical { get; }

    /// <summary>Resolves the options against the graph.</summary>
    /// <exception cref="PipelineConfigurationException">A module or category the graph does not have, with its close matches.</exception>
    public static RunSelection Resolve(PipelineGraph graph, IReadOnlyList<string> modules, IReadOnlyList<string> categories, IReadOnlyList<string> skippedModules)
    {
        if (modules.Count == 0 && categories.Count == 0 && skippedModules.Count == 0)
        {
            return Everything;
        }

        var named = modules.SelectMany(m => ModuleNames.Find(graph, m, "--module")).ToHashSet();
        var chosen = named.Union(categories.SelectMany(c => InCategory(graph, c))).ToHashSet();
        var skipped = skippedModules.SelectMany(m => ModuleNames.Find(graph, m, "--skip-module")).ToHashSet();
        var selected = modules.Count == 0 && categories.Count == 0 ? [.. graph.Nodes] : WithDependencies(chosen);

        var canonical = string.Join(' ', new[]
        {
            Option("--module", named.Select(n => n.Id)),
            Option("--category", categories.Select(c => c.ToLowerInvariant())),
            Option("--skip-module", skipped.Select(n => n.Id)),
        }.Where(o => o.Length > 0));
        var notSelected = $"not selected by {string.Join(' ', new[] { Option("--module", modules), Option("--category", categories) }.Where(o => o.Length > 0))}";

        var leftOut = new Dictionary<GraphNode, string>();
        foreach (var node in graph.Nodes)
        {
            if (skipped.Contains(node))
            {
                leftOut[node] = "left out with --skip-module";
            }
            else if (!selected.Contains(node))
            {
                leftOut[node] = notSelected;
            }
        }

        return new RunSelection(leftOut, canonical);
    }

    private static List<GraphNode> InCategory(PipelineGraph graph, string category)
    {
        var members = graph.Nodes.Where(n => n.Definition.Categories.Contains(category, StringComparer.OrdinalIgnoreCase)).ToList();
        if (members.Count > 0)
        {
            return members;
        }

        var known = graph.Nodes.SelectMany(n => n.Definition.Categories).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
        var close = CloseMatches.Among(category, known);
        throw new PipelineConfigurationException(known.Count == 0
            ? $"--category {category}: no module has a [Category]: add [Category(\"{category}\")] to the modules, or select them with --module"
            : $"--category {category} is not a category of this pipeline: {(close.Count > 0 ? "did you mean " + string.Join(", ", close) + "? " : string.Empty)}its categories are {string.Join(", ", known)}");
    }

    private static HashSet<GraphNode> WithDependencies(IEnumerable<GraphNode> roots)
    {
        var selected = new HashSet<GraphNode>();
        var pending = new Stack<GraphNode>(roots);
        while (pending.TryPop(out var node))
        {
            if (selected.Add(node))
            {
                // An optional dependency orders the run when it is in it, but does not pull it in.
                foreach (var dependency in node.Dependencies.Where(d => !node.OptionalDependencies.Contains(d)))
                {
                    pending.Push(dependency);
                }
            }
        }

        return selected;
    }

    private static string Option(string name, IEnumerable<string> values) =>
        string.Join(' ', values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(v => name + " " + v));
}
