using System.Globalization;
using System.Text;

namespace ModularPipelines.Distributed;

/// <summary>
/// The generated graph as a Mermaid flowchart (<c>--graph</c>), which renders in a <c>```mermaid</c> block on GitHub:
/// a box per node with what decides where it runs (capabilities, pinning, exclusivity keys, always-run, timeout and
/// retries), the instances of a matrix module grouped in a box of their own, and an arrow per dependency.
/// </summary>
internal static class GraphMermaid
{
    public static string Render(PipelineGraph graph)
    {
        var ids = graph.Nodes.Select((node, index) => (node, index)).ToDictionary(p => p.node, p => "n" + p.index.ToString(CultureInfo.InvariantCulture));
        var text = new StringBuilder();
        text.Append("flowchart LR\n");
        foreach (var group in graph.Nodes.GroupBy(n => n.Definition.MatrixTarget is null ? n.Id : MatrixModule(n.Id), StringComparer.Ordinal))
        {
            var nodes = group.ToList();
            var matrix = nodes[0].Definition.MatrixTarget is not null;
            var indent = matrix ? "    " : "  ";
            if (matrix)
            {
                text.Append("  subgraph ").Append(ids[nodes[0]]).Append("_matrix[\"").Append(Escape(MatrixModule(nodes[0].DisplayName))).Append(" (matrix)\"]\n");
            }

            foreach (var node in nodes)
            {
                text.Append(indent).Append(ids[node]).Append("[\"").Append(Label(node)).Append("\"]\n");
            }

            if (matrix)
            {
                text.Append("  end\n");
            }
        }

        foreach (var node in graph.Nodes)
        {
            foreach (var dependency in node.Dependencies)
            {
                text.Append("  ").Append(ids[dependency]).Append(" --> ").Append(ids[node]).Append('\n');
            }
        }

        AppendClass(text, "pinned", "fill:#e8eefc,stroke:#3b5bdb", graph.Nodes.Where(n => n.Definition.PinToMaster).Select(n => ids[n]));
        AppendClass(text, "capability", "fill:#fff4e6,stroke:#e8590c", graph.Nodes.Where(n => !n.Definition.PinToMaster && n.Definition.RequiredCapabilities.Count > 0).Select(n => ids[n]));
        AppendClass(text, "alwaysRun", "stroke-dasharray:4 3", graph.Nodes.Where(n => n.Definition.AlwaysRun).Select(n => ids[n]));
        return text.ToString();
    }

    /// <summary>A matrix instance's id or name without its <c>[target]</c>.</summary>
    private static string MatrixModule(string name) => name[..name.LastIndexOf('[')];

    private static string Label(GraphNode node)
    {
        var definition = node.Definition;
        var lines = new List<string> { Escape(node.DisplayName) };
        if (definition.PinToMaster)
        {
            lines.Add("pinned to the master");
        }

        if (definition.RequiredCapabilities.Count > 0)
        {
            lines.Add("requires " + Escape(string.Join(", ", definition.RequiredCapabilities)));
        }

        if (definition.NotInParallelKeys.Count > 0)
        {
            lines.Add("not in parallel: " + Escape(string.Join(", ", definition.NotInParallelKeys)));
        }

        if (definition.AlwaysRun)
        {
            lines.Add("always runs");
        }

        if (definition.Timeout is { } timeout)
        {
            lines.Add("timeout " + DurationText.Format(timeout));
        }

        // The declared retries only: --graph describes the build, and --retries is a choice of the run.
        if (definition.Retries is > 0 and var retries)
        {
            lines.Add(retries.ToString(CultureInfo.InvariantCulture) + (retries == 1 ? " retry" : " retries"));
        }

        return string.Join("<br/>", lines);
    }

    private static void AppendClass(StringBuilder text, string name, string style, IEnumerable<string> nodeIds)
    {
        var members = nodeIds.ToList();
        if (members.Count == 0)
        {
            return;
        }

        text.Append("  classDef ").Append(name).Append(' ').Append(style).Append('\n');
        text.Append("  class ").Append(string.Join(',', members)).Append(' ').Append(name).Append('\n');
    }

    /// <summary>Mermaid reads quotes and angle brackets in labels as markup: write them as entities.</summary>
    private static string Escape(string text) =>
        text.Replace("\"", "#quot;", StringComparison.Ordinal).Replace("<", "#lt;", StringComparison.Ordinal).Replace(">", "#gt;", StringComparison.Ordinal);
}
