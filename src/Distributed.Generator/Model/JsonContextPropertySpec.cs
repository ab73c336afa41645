namespace ModularPipelines.Distributed.Generator.Model;

/// <summary>One type the generated context describes and the name of its strongly typed <c>JsonTypeInfo</c> property.</summary>
/// <param name="Name">The property's name, unique in the context and not a keyword-escaped form (the emitter escapes).</param>
/// <param name="Type">The type's metadata.</param>
internal sealed record JsonContextPropertySpec(string Name, JsonTypeSpec Type);
