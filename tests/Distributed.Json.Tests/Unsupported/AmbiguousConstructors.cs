namespace ModularPipelines.Distributed.Json.Tests.Unsupported;

/// <summary>Two public constructors and no [JsonConstructor]: System.Text.Json cannot read it back.</summary>
public sealed class AmbiguousConstructors
{
    public AmbiguousConstructors(int value) => Value = value;

    public AmbiguousConstructors(string text) => Value = text.Length;

    public int Value { get; }
}
