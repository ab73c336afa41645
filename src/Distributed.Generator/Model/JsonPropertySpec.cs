using System.Globalization;
using System.Text;

namespace ModularPipelines.Distributed.Generator.Model;

/// <summary>One property of an object as System.Text.Json's reflection resolver would describe it.</summary>
/// <param name="Name">The CLR property name.</param>
/// <param name="JsonName">The <c>[JsonPropertyName]</c> name, or null for the CLR name.</param>
/// <param name="TypeName">
/// The property type, fully qualified; <c>object</c> for an always-ignored property that no constructor parameter binds
/// to, so its type needs no metadata.
/// </param>
/// <param name="DeclaringTypeName">The type that declares the property (a base class for inherited ones).</param>
internal sealed record JsonPropertySpec(string Name, string? JsonName, string TypeName, string DeclaringTypeName)
{
    /// <summary>The <c>JsonIgnoreCondition</c> member name from <c>[JsonIgnore]</c>, or null.</summary>
    public string? IgnoreCondition { get; init; }

    /// <summary>Whether the value is read through the public getter (false for always-ignored and set-only properties).</summary>
    public bool HasGetter { get; init; }

    public JsonSetterKind Setter { get; init; }

    /// <summary>For <see cref="JsonSetterKind.InitAccessor"/>: the accessor that calls the init-only setter.</summary>
    public JsonAccessorCall? SetterAccessor { get; init; }

    /// <summary>Declared in a struct: the setter writes through the boxed value.</summary>
    public bool DeclaringTypeIsValueType { get; init; }

    public bool IsVirtual { get; init; }

    public bool HasJsonInclude { get; init; }

    /// <summary><c>required</c> (unless the constructor has <c>[SetsRequiredMembers]</c>) or <c>[JsonRequired]</c>.</summary>
    public bool IsRequired { get; init; }

    /// <summary>The <c>[JsonPropertyOrder]</c> value.</summary>
    public int Order { get; init; }

    public string Describe()
    {
        var text = new StringBuilder(Name);
        if (JsonName is not null)
        {
            text.Append("=\"").Append(JsonName).Append('"');
        }

        text.Append(':').Append(TypeName).Append('@').Append(DeclaringTypeName)
            .Append(HasGetter ? " get" : string.Empty)
            .Append(Setter == JsonSetterKind.None ? string.Empty : " " + Setter)
            .Append(IgnoreCondition is null ? string.Empty : " ignore=" + IgnoreCondition)
            .Append(IsRequired ? " required" : string.Empty)
            .Append(HasJsonInclude ? " include" : string.Empty)
            .Append(Order == 0 ? string.Empty : " order=" + Order.ToString(CultureInfo.InvariantCulture));
        return text.ToString();
    }
}
