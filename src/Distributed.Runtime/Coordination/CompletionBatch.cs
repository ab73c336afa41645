namespace ModularPipelines.Distributed;

/// <summary>Nodes whose results were accepted since a cursor, and the cursor to read from next.</summary>
/// <param name="NodeIds">The nodes, in acceptance order.</param>
/// <param name="Cursor">Pass to the next <see cref="IDistributedCoordinator.ReadCompletionsAsync"/>.</param>
public sealed record CompletionBatch(IReadOnlyList<string> NodeIds, string? Cursor);
