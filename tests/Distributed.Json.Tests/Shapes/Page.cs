namespace ModularPipelines.Distributed.Json.Tests.Shapes;

/// <summary>A generic positional record, closed over other shapes.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total);
