namespace ModularPipelines.Distributed.Generator.Model;

/// <summary>One type the generated JSON metadata describes.</summary>
/// <param name="TypeName">The type, fully qualified with <c>global::</c>.</param>
/// <param name="Kind">How it is serialized.</param>
internal sealed record JsonTypeSpec(string TypeName, JsonTypeKind Kind)
{
    /// <summary>A canonical text of the type's serialized shape.</summary>
    public string Describe() => TypeName + ":" + Kind;
}
