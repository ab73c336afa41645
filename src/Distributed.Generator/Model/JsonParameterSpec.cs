using System.Globalization;

namespace ModularPipelines.Distributed.Generator.Model;

/// <summary>A parameter of the deserialization constructor.</summary>
/// <param name="Name">The parameter name; System.Text.Json binds it to the property of the same name (any case) and type.</param>
/// <param name="TypeName">The parameter type, fully qualified.</param>
/// <param name="Position">The parameter's index.</param>
/// <param name="DefaultValue">A C# expression of the default value used when the JSON lacks it, or null when it has none.</param>
/// <param name="IsNullable">Whether the parameter accepts null (nullable annotation or <c>Nullable&lt;T&gt;</c>).</param>
internal sealed record JsonParameterSpec(string Name, string TypeName, int Position, string? DefaultValue, bool IsNullable)
{
    public string Describe() =>
        Position.ToString(CultureInfo.InvariantCulture) + ":" + Name + ":" + TypeName + (IsNullable ? "?" : string.Empty)
        + (DefaultValue is null ? string.Empty : "=" + DefaultValue);
}
