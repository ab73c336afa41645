namespace ModularPipelines.Distributed.Json.Tests.Unsupported;

public sealed class ConcreteResult : AbstractResult
{
    public int Value { get; set; }
}
