namespace ModularPipelines.Distributed;

/// <summary>Results accepted since a cursor, and the cursor to read from next.</summary>
/// <param name="Results">The accepted results, in acceptance order.</param>
/// <param name="Cursor">Pass to the next <see cref="IDistributedCoordinator.ReadCompletionsAsync"/>.</param>
public sealed record CompletionBatch(IReadOnlyList<ModuleResultEnvelope> Results, string? Cursor);
