namespace ModularPipelines.Distributed;

/// <summary>Whether this process may run a node: it must advertise every capability the node requires.</summary>
internal sealed class LocalPlacement(int instanceIndex, IReadOnlyCollection<string> capabilities)
{
    private readonly HashSet<string> _capabilities = new(capabilities, StringComparer.OrdinalIgnoreCase);

    public int InstanceIndex => instanceIndex;

    public IReadOnlyCollection<string> Capabilities => _capabilities;

    public string? ReasonCannotRun(GraphNode node)
    {
        var missing = node.Definition.RequiredCapabilities.Where(c => !_capabilities.Contains(c)).ToList();
        if (missing.Count == 0)
        {
            return null;
        }

        var advertised = _capabilities.Count == 0 ? "none" : string.Join(", ", _capabilities.Order(StringComparer.OrdinalIgnoreCase));
        var noun = missing.Count == 1 ? "capability" : "capabilities";
        return $"requires {noun} {string.Join(", ", missing)}, which this instance does not advertise (advertised: {advertised})";
    }
}
