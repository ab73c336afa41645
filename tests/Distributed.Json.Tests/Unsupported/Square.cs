namespace ModularPipelines.Distributed.Json.Tests.Unsupported;

public sealed class Square : Shape
{
    public double Side { get; set; }
}
