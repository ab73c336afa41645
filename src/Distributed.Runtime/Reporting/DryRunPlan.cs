using System.Text;

namespace ModularPipelines.Distributed;

/// <summary>
/// What would run where (<c>--dry-run</c>), for this instance and what it advertises, decided by the same queue plan the
/// run uses: a table with a row per node, then how many this instance could take. Nothing connects to Redis.
/// </summary>
internal static class DryRunPlan
{
    public static string Render(PipelineGraph graph, DistributedOptions options, IReadOnlyList<string> capabilities)
    {
        var plan = new QueuePlan(graph);
        var served = plan.QueuesServedBy(options.InstanceIndex, capabilities).ToHashSet(StringComparer.Ordinal);
        var rows = graph.Nodes.Select(node => (node.DisplayName, Where(node, plan, served, options, capabilities))).ToList();
        var width = Math.Max("Module".Length, rows.Max(r => r.DisplayName.Length));
        var here = rows.Count(r => r.Item2.StartsWith("here", StringComparison.Ordinal));

        var text = new StringBuilder();
        var role = !Distributed(options) ? "a single process" : options.InstanceIndex == 0 ? $"instance 0 (the master) of {options.TotalInstances}" : $"instance {options.InstanceIndex} (a worker) of {options.TotalInstances}";
        text.Append("Dry run: ").Append(graph.Nodes.Count).Append(" modules; this is ").Append(role)
            .Append(", advertising ").Append(capabilities.Count == 0 ? "nothing" : string.Join(", ", capabilities)).Append('\n').Append('\n');
        text.Append("Module".PadRight(width)).Append("  Where\n");
        text.Append(new string('-', width)).Append("  ").Append(new string('-', 5)).Append('\n');
        foreach (var (name, where) in rows)
        {
            text.Append(name.PadRight(width)).Append("  ").Append(where).Append('\n');
        }

        text.Append('\n').Append(here).Append(" of ").Append(rows.Count).Append(" modules may run on this instance. Nothing was run.\n");
        return text.ToString();
    }

    /// <summary>A run of several instances, whether or not this one was told where Redis is: dry runs never connect.</summary>
    private static bool Distributed(DistributedOptions options) => options.Enabled || options.TotalInstances > 1;

    private static string Where(GraphNode node, QueuePlan plan, HashSet<string> served, DistributedOptions options, IReadOnlyList<string> capabilities)
    {
        var definition = node.Definition;
        var missing = definition.RequiredCapabilities.Where(c => !capabilities.Contains(c, StringComparer.OrdinalIgnoreCase)).ToList();
        var needs = string.Join(", ", missing);
        if (!Distributed(options))
        {
            return missing.Count == 0 ? "here" : $"skipped: requires {needs}, which this instance does not advertise";
        }

        if (definition.PinToMaster)
        {
            return options.InstanceIndex != 0 ? "on the master (pinned there)"
                : missing.Count == 0 ? "here (pinned to the master)"
                : $"fails at once: pinned to the master, which does not advertise {needs}";
        }

        var queue = plan.QueueOf(node);
        if (served.Contains(queue))
        {
            return "here, or on another instance that serves its queue";
        }

        return $"on another instance: requires {needs}, which this instance does not advertise";
    }
}
