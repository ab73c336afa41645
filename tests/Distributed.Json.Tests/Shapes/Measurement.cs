namespace ModularPipelines.Distributed.Json.Tests.Shapes;

/// <summary>A mutable struct with settable and init-only properties.</summary>
public record struct Measurement
{
    public double Value { get; set; }

    public string? Unit { get; init; }
}
