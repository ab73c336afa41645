namespace ModularPipelines.Distributed.Json.Tests.Shapes;

public static class Outer
{
    /// <summary>A nested result type.</summary>
    public sealed record Inner(string Name)
    {
        public int Level { get; init; }
    }
}
