namespace ModularPipelines.Distributed.Generator.Model;

/// <summary>
/// The generated <c>JsonSerializerContext</c> as it is printed: every type of every supported result type's closure,
/// each once, in ordinal order of the type name, with the name of its typed property.
/// </summary>
/// <param name="Properties">One per type; empty when no result type is supported.</param>
internal sealed record JsonContextSpec(EquatableArray<JsonContextPropertySpec> Properties);
