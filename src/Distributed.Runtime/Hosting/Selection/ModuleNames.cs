namespace ModularPipelines.Distributed;

/// <summary>
/// What a user may type to name a module on the command line: its node id (<c>Build.Tests[linux]</c>), its display
/// name (<c>Tests[linux]</c>), or a matrix module without its target (<c>Tests</c>, every target), ignoring case.
/// </summary>
internal static class ModuleNames
{
    /// <exception cref="PipelineConfigurationException">No module has that name; the message lists the close matches.</exception>
    public static IReadOnlyList<GraphNode> Find(PipelineGraph graph, string name, string option)
    {
        var matches = graph.Nodes.Where(n => Names(n).Contains(name, StringComparer.OrdinalIgnoreCase)).ToList();
        if (matches.Count > 0)
        {
            return matches;
        }

        var close = CloseMatches.Among(name, graph.Nodes.Select(n => n.DisplayName).Distinct(StringComparer.Ordinal).ToList());
        throw new PipelineConfigurationException(
            $"{option} {name} is not a module of this pipeline: {(close.Count > 0 ? "did you mean " + string.Join(", ", close) + "?" : "run with --graph to list the modules")}");
    }

    private static IEnumerable<string> Names(GraphNode node)
    {
        yield return node.Id;
        yield return node.DisplayName;
        if (node.Definition.MatrixTarget is not null)
        {
            yield return node.Id[..node.Id.LastIndexOf('[')];
            yield return node.DisplayName[..node.DisplayName.LastIndexOf('[')];
        }
    }
}
