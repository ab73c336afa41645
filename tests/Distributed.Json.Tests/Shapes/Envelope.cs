namespace ModularPipelines.Distributed.Json.Tests.Shapes;

/// <summary>A generic class with init-only properties no constructor sets: set through generic accessors.</summary>
public sealed class Envelope<T>
{
    public T Payload { get; init; } = default!;

    public string Kind { get; init; } = "envelope";

    public required DateTimeOffset Sent { get; init; }
}
