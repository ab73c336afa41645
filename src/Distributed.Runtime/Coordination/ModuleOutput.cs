namespace ModularPipelines.Distributed;

/// <summary>Lines a module logged on an instance, forwarded to the master's console (see <see cref="IDistributedCoordinator.AppendOutputAsync"/>).</summary>
/// <param name="NodeId">The module's node.</param>
/// <param name="InstanceIndex">Where it ran.</param>
/// <param name="Lines">The lines, in the order they were logged.</param>
public sealed record ModuleOutput(string NodeId, int InstanceIndex, IReadOnlyList<string> Lines);
