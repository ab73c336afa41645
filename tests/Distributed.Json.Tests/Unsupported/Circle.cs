namespace ModularPipelines.Distributed.Json.Tests.Unsupported;

public sealed class Circle : Shape
{
    public double Radius { get; set; }
}
