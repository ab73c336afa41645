namespace ModularPipelines.Distributed;

/// <summary>
/// Whether a queued node with an optional capability should be skipped: a pure function of the node, the instances that
/// joined and how many were expected. Until every expected instance has joined, the capability may still turn up, so
/// the answer is "wait"; after that, waiting for it could only end in the capability timeout.
/// </summary>
internal static class OptionalCapabilityRule
{
    /// <summary>Why <paramref name="node"/> is skipped, or null when it should keep waiting (or has no optional capability).</summary>
    /// <param name="node">A queued node.</param>
    /// <param name="joined">The live instances of the run.</param>
    /// <param name="expectedInstances">The run's <c>--total</c>.</param>
    public static string? SkipReason(GraphNode node, IReadOnlyList<InstanceRegistration> joined, int expectedInstances)
    {
        var optional = node.Definition.OptionalCapabilities;
        var indices = joined.Select(i => i.InstanceIndex).ToHashSet();
        if (optional.Count == 0 || Enumerable.Range(0, expectedInstances).Any(i => !indices.Contains(i)))
        {
            return null;
        }

        var advertised = joined.SelectMany(i => i.Capabilities).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var missing = optional.Where(c => !advertised.Contains(c)).ToList();
        if (missing.Count == 0)
        {
            return null;
        }

        var noun = missing.Count == 1 ? "capability" : "capabilities";
        var instances = expectedInstances == 1 ? "instance 0" : $"instances 0–{expectedInstances - 1}";
        var seen = advertised.Count == 0 ? "none" : string.Join(", ", advertised.Order(StringComparer.OrdinalIgnoreCase));
        return $"requires {noun} {string.Join(", ", missing)} (optional), which no instance of this run advertises ({instances} joined: {seen})";
    }
}
