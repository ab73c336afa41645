using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using ModularPipelines.Distributed.Generator.Model;

namespace ModularPipelines.Distributed.Generator.Graph;

/// <summary>
/// A SHA-256 over node ids, edges, attributes and result-type shapes. Two builds with the same fingerprint
/// agree on what every node is and how its result is serialized, so a worker can safely run the master's graph.
/// </summary>
internal static class GraphFingerprint
{
    /// <param name="nodes">The expanded nodes, in any order.</param>
    /// <param name="resultShapes">The result shape of every module, in module order (repeats allowed).</param>
    public static string Compute(IReadOnlyList<NodeSpec> nodes, IEnumerable<JsonShapeSpec> resultShapes)
    {
        var text = new StringBuilder();
        foreach (var node in nodes.OrderBy(n => n.Id, System.StringComparer.Ordinal))
        {
            var scheduling = node.Scheduling;
            text.Append("node ").Append(node.Id)
                .Append("|deps ").Append(Sorted(node.Dependencies))
                .Append("|caps ").Append(Sorted(node.RequiredCapabilities))
                .Append("|pin ").Append(scheduling.PinToMaster ? '1' : '0')
                .Append("|exclusive ").Append(Sorted(scheduling.NotInParallelKeys))
                .Append("|timeout ").Append(scheduling.TimeoutSeconds?.ToString("R", CultureInfo.InvariantCulture) ?? "-")
                .Append("|retries ").Append(RetriesText(scheduling.Retries))
                .Append('/').Append(scheduling.RetryBackoffMilliseconds.ToString(CultureInfo.InvariantCulture))
                .Append("|always ").Append(scheduling.AlwaysRun ? '1' : '0')
                .Append("|result ").Append(node.ResultTypeName);
            if (scheduling.Categories.Count > 0)
            {
                // Only when there are some, as for skip conditions: --category selects by them on every instance.
                text.Append("|categories ").Append(Sorted(scheduling.Categories.Select(c => c.ToLowerInvariant())));
            }

            if (node.OptionalCapabilities.Count > 0)
            {
                // Only when there are some, as for categories: whether a node is skipped or failed when no instance has
                // the capability is the master's decision, but every instance must agree on the graph it reads.
                text.Append("|optional ").Append(Sorted(node.OptionalCapabilities.Select(c => c.ToLowerInvariant())));
            }

            if (node.OptionalDependencies.Count > 0)
            {
                // Only when there are some, so graphs without optional dependencies keep the fingerprints they had.
                // Every instance must agree on them: they decide which modules a selection leaves out.
                text.Append("|optional-deps ").Append(Sorted(node.OptionalDependencies));
            }

            if (node.SkipConditions.Count > 0)
            {
                // In order, not sorted: the first reason wins, so the order is part of what the node does. Only when
                // there are some, so graphs without skip conditions keep the fingerprints they had.
                text.Append("|skip ").Append(string.Join(",", node.SkipConditions.Select(c => c.TypeName)));
            }

            if (node.IgnoreFailureConditions.Count > 0)
            {
                // As for skip conditions, and needed as much: the master must not stop a run a worker's result says goes on.
                text.Append("|ignore-failure ").Append(string.Join(",", node.IgnoreFailureConditions.Select(c => c.TypeName)));
            }

            if (node.ProducedArtifacts.Count > 0 || node.ConsumedArtifacts.Count > 0)
            {
                // Only when there are some, so graphs without artifacts keep the fingerprints they had. Instances must agree
                // on what is published under which name, or a consumer would look for files its producer never stored.
                // Patterns are sorted: includes and excludes select the same files in any order.
                text.Append("|produces ").Append(Sorted(node.ProducedArtifacts.Select(a => a.Name + ":" + string.Join(";", a.Patterns.OrderBy(p => p, System.StringComparer.Ordinal)))))
                    .Append("|consumes ").Append(Sorted(node.ConsumedArtifacts.Select(a => a.ProducerTypeName + ":" + a.Name)));
            }

            text.Append('\n');
        }

        // Each result type's shape once, not once per node: hundreds of nodes share a few result types.
        var shapes = resultShapes
            .GroupBy(s => s.RootTypeName, System.StringComparer.Ordinal)
            .OrderBy(g => g.Key, System.StringComparer.Ordinal);
        foreach (var shape in shapes)
        {
            text.Append("shape ").Append(shape.First().Describe()).Append('\n');
        }

        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(text.ToString()));
        return string.Concat(hash.Select(b => b.ToString("x2", CultureInfo.InvariantCulture)));
    }

    /// <summary>
    /// No attribute is "0", as before there was a run-time default, so those graphs keep their fingerprints; a declared
    /// <c>[ModuleRetry(0)]</c> differs from it, since <c>--retries</c> no longer reaches that module.
    /// </summary>
    private static string RetriesText(int? retries) => retries switch
    {
        null => "0",
        0 => "0!",
        var count => count.Value.ToString(CultureInfo.InvariantCulture),
    };

    private static string Sorted(IEnumerable<string> values) =>
        string.Join(",", values.OrderBy(v => v, System.StringComparer.Ordinal));
}
