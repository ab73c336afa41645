using System.Text.Json.Serialization;

namespace ModularPipelines.Distributed.Json.Tests.Unsupported;

/// <summary>Polymorphism writes a discriminator the generated metadata does not.</summary>
[JsonPolymorphic]
[JsonDerivedType(typeof(PolymorphicResult), "base")]
public class PolymorphicResult
{
    public string Name { get; set; } = string.Empty;
}
