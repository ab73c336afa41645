namespace ModularPipelines.Distributed.Json.Tests.Unsupported;

public sealed class NestedObjectProperty
{
    public object? Data { get; set; }
}
