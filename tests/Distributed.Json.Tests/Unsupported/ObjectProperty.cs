namespace ModularPipelines.Distributed.Json.Tests.Unsupported;

/// <summary>An object-typed property anywhere in the closure makes the whole root unsupported.</summary>
public sealed record ObjectProperty(string Name, NestedObjectProperty Nested);
