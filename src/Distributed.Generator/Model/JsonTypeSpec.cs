using System.Text;

namespace ModularPipelines.Distributed.Generator.Model;

/// <summary>One type the generated JSON metadata describes.</summary>
/// <param name="TypeName">The type, fully qualified with <c>global::</c>.</param>
/// <param name="Kind">How it is serialized.</param>
internal sealed record JsonTypeSpec(string TypeName, JsonTypeKind Kind)
{
    /// <summary>For <see cref="JsonTypeKind.BuiltIn"/>: the <c>JsonMetadataServices</c> converter property, e.g. <c>Int32Converter</c>.</summary>
    public string? ConverterName { get; init; }

    /// <summary>For collections: the element (or dictionary value) type; for <see cref="JsonTypeKind.Nullable"/>: the underlying type.</summary>
    public string? ElementTypeName { get; init; }

    /// <summary>For dictionaries: the key type.</summary>
    public string? KeyTypeName { get; init; }

    /// <summary>For <see cref="JsonTypeKind.Object"/>: how it is created and which properties it has.</summary>
    public JsonObjectSpec? Object { get; init; }

    /// <summary>The name of the type's property on the generated context, as System.Text.Json's generator names it.</summary>
    public string ContextName { get; init; } = string.Empty;

    /// <summary><see cref="ContextName"/> with namespaces and containing types, for when two types' names collide.</summary>
    public string QualifiedContextName { get; init; } = string.Empty;

    /// <summary>A canonical text of the type's serialized shape.</summary>
    public string Describe()
    {
        var text = new StringBuilder(TypeName).Append(':').Append(Kind);
        if (ConverterName is not null)
        {
            text.Append('(').Append(ConverterName).Append(')');
        }

        if (KeyTypeName is not null || ElementTypeName is not null)
        {
            text.Append('<');
            if (KeyTypeName is not null)
            {
                text.Append(KeyTypeName).Append(',');
            }

            text.Append(ElementTypeName).Append('>');
        }

        if (Object is not null)
        {
            text.Append(Object.Describe());
        }

        return text.ToString();
    }
}
