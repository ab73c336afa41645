namespace ModularPipelines.Distributed.Generator.Model;

/// <summary>A call of an <see cref="JsonAccessorSpec"/> for one closed type.</summary>
/// <param name="Accessor">The accessor.</param>
/// <param name="TypeArguments">The type arguments for <see cref="JsonAccessorSpec.TypeParameters"/>, fully qualified.</param>
internal sealed record JsonAccessorCall(JsonAccessorSpec Accessor, EquatableArray<string> TypeArguments)
{
    public string Describe() => Accessor.Describe() + (TypeArguments.Count == 0 ? string.Empty : "<" + string.Join(",", TypeArguments) + ">");
}
