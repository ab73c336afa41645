using System.Linq;

namespace ModularPipelines.Distributed.Generator.Model;

/// <summary>How a class, record or struct is created and which members System.Text.Json sees on it.</summary>
/// <param name="IsValueType">A struct: setters write through the boxed value.</param>
/// <param name="Creation">Which constructor deserialization uses.</param>
/// <param name="Properties">The JSON properties in System.Text.Json's order: most derived type first, declaration order within a type.</param>
/// <param name="Parameters">The parameters of the deserialization constructor, in order; empty unless <paramref name="Creation"/> is parameterized.</param>
internal sealed record JsonObjectSpec(
    bool IsValueType,
    JsonObjectCreation Creation,
    EquatableArray<JsonPropertySpec> Properties,
    EquatableArray<JsonParameterSpec> Parameters)
{
    /// <summary>
    /// Set when the constructor cannot be called directly (the type has <c>required</c> members the constructor does not
    /// set): it is called through an <c>UnsafeAccessor</c>, as reflection would, without the compiler's required-member check.
    /// </summary>
    public JsonAccessorCall? ConstructorAccessor { get; init; }

    public string Describe() =>
        "{" + Creation + (ConstructorAccessor is null ? string.Empty : "!")
        + "(" + string.Join(",", Parameters.Select(p => p.Describe())) + ")"
        + string.Join(";", Properties.Select(p => p.Describe())) + "}";
}
