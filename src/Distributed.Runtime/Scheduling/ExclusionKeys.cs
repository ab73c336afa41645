namespace ModularPipelines.Distributed;

/// <summary>The <see cref="NotInParallelAttribute"/> keys held by running nodes of this process.</summary>
internal sealed class ExclusionKeys
{
    private readonly HashSet<string> _held = new(StringComparer.Ordinal);

    public bool TryAcquire(GraphNode node)
    {
        var keys = node.Definition.NotInParallelKeys;
        if (keys.Any(_held.Contains))
        {
            return false;
        }

        _held.UnionWith(keys);
        return true;
    }

    public void Release(GraphNode node) => _held.ExceptWith(node.Definition.NotInParallelKeys);
}
