namespace ModularPipelines.Distributed.Json.Tests.Shapes;

/// <summary>A recursive positional record.</summary>
public sealed record StepChain(string Name, StepChain? Next);
