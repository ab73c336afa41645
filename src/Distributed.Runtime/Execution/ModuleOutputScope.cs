namespace ModularPipelines.Distributed;

/// <summary>
/// The node whose module is running on this async flow, set by the worker loop around a module's execution, so that
/// whatever the module logs (through its logger, or a command's output) is forwarded as that node's output.
/// </summary>
internal static class ModuleOutputScope
{
    private static readonly AsyncLocal<string?> Node = new();

    public static string? Current => Node.Value;

    /// <summary>Marks the flow as running <paramref name="nodeId"/>'s module until the returned scope is disposed.</summary>
    public static Scope Enter(string nodeId)
    {
        var previous = Node.Value;
        Node.Value = nodeId;
        return new Scope(previous);
    }

    /// <summary>Restores the flow's previous node.</summary>
    public readonly struct Scope(string? previous) : IDisposable
    {
        public void Dispose() => Node.Value = previous;
    }
}
