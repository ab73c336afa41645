namespace ModularPipelines.Distributed.Json.Tests.Shapes;

/// <summary>The result type of the design's public-contract example.</summary>
public sealed record BuildOutput(string Configuration, IReadOnlyList<string> Assemblies);
