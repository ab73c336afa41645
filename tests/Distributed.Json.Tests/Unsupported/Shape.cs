using System.Text.Json.Serialization;

namespace ModularPipelines.Distributed.Json.Tests.Unsupported;

/// <summary>
/// An abstract, polymorphic result: the generated metadata leaves it out on purpose (it cannot create an abstract type
/// or write a discriminator), so only the registered <see cref="Support.TestResultsContext"/> can carry it between instances.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(Circle), "circle")]
[JsonDerivedType(typeof(Square), "square")]
public abstract class Shape
{
    public string Label { get; set; } = string.Empty;
}
