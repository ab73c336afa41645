namespace ModularPipelines.Distributed.Json.Tests.Unsupported;

/// <summary>A constructor parameter with no property of that name and type.</summary>
public sealed class UnboundParameter
{
    public UnboundParameter(int value, string label) => Value = value + label.Length;

    public int Value { get; }
}
