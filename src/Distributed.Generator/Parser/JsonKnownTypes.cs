using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using ModularPipelines.Distributed.Generator.Model;

namespace ModularPipelines.Distributed.Generator.Parser;

/// <summary>The types System.Text.Json treats specially, recognised by metadata name.</summary>
internal static class JsonKnownTypes
{
    public const string SerializationNamespace = "System.Text.Json.Serialization";
    public const string JsonIgnore = "JsonIgnoreAttribute";
    public const string JsonPropertyName = "JsonPropertyNameAttribute";
    public const string JsonInclude = "JsonIncludeAttribute";
    public const string JsonRequired = "JsonRequiredAttribute";
    public const string JsonPropertyOrder = "JsonPropertyOrderAttribute";
    public const string JsonConstructor = "JsonConstructorAttribute";

    /// <summary>The base of a user's <c>[assembly: PipelineJsonContext]</c> context.</summary>
    public const string JsonSerializerContext = "JsonSerializerContext";

    /// <summary>The attribute that adds a type to a <see cref="JsonSerializerContext"/>.</summary>
    public const string JsonSerializable = "JsonSerializableAttribute";

    private static readonly Dictionary<string, string> s_systemValueConverters = new(System.StringComparer.Ordinal)
    {
        ["Guid"] = "GuidConverter",
        ["DateTimeOffset"] = "DateTimeOffsetConverter",
        ["TimeSpan"] = "TimeSpanConverter",
        ["DateOnly"] = "DateOnlyConverter",
        ["TimeOnly"] = "TimeOnlyConverter",
        ["Uri"] = "UriConverter",
        ["Version"] = "VersionConverter",
        ["Half"] = "HalfConverter",
        ["Int128"] = "Int128Converter",
        ["UInt128"] = "UInt128Converter",
    };

    private static readonly Dictionary<string, JsonTypeKind> s_collections = new(System.StringComparer.Ordinal)
    {
        ["List`1"] = JsonTypeKind.List,
        ["IList`1"] = JsonTypeKind.IList,
        ["ICollection`1"] = JsonTypeKind.ICollection,
        ["IEnumerable`1"] = JsonTypeKind.IEnumerable,
        ["IReadOnlyList`1"] = JsonTypeKind.IEnumerable,
        ["IReadOnlyCollection`1"] = JsonTypeKind.IEnumerable,
        ["Dictionary`2"] = JsonTypeKind.Dictionary,
        ["IDictionary`2"] = JsonTypeKind.IDictionary,
        ["IReadOnlyDictionary`2"] = JsonTypeKind.IReadOnlyDictionary,
    };

    /// <summary>Interfaces that make System.Text.Json treat a class as something other than a plain object.</summary>
    private static readonly HashSet<string> s_objectBreakingInterfaces = new(System.StringComparer.Ordinal)
    {
        "System.Collections.IEnumerable",
        "System.Collections.Generic.IAsyncEnumerable`1",
        "System.Text.Json.Serialization.IJsonOnSerializing",
        "System.Text.Json.Serialization.IJsonOnSerialized",
        "System.Text.Json.Serialization.IJsonOnDeserializing",
        "System.Text.Json.Serialization.IJsonOnDeserialized",
    };

    /// <summary>The full metadata name of a type of <see cref="SerializationNamespace"/>, for <c>Compilation.GetTypeByMetadataName</c>.</summary>
    public static string FullName(string serializationTypeName) => SerializationNamespace + "." + serializationTypeName;

    /// <summary>The <c>JsonMetadataServices</c> converter property for a type with a built-in converter, or null.</summary>
    public static string? GetBuiltInConverter(ITypeSymbol type)
    {
        switch (type.SpecialType)
        {
            case SpecialType.System_Boolean: return "BooleanConverter";
            case SpecialType.System_Char: return "CharConverter";
            case SpecialType.System_SByte: return "SByteConverter";
            case SpecialType.System_Byte: return "ByteConverter";
            case SpecialType.System_Int16: return "Int16Converter";
            case SpecialType.System_UInt16: return "UInt16Converter";
            case SpecialType.System_Int32: return "Int32Converter";
            case SpecialType.System_UInt32: return "UInt32Converter";
            case SpecialType.System_Int64: return "Int64Converter";
            case SpecialType.System_UInt64: return "UInt64Converter";
            case SpecialType.System_Single: return "SingleConverter";
            case SpecialType.System_Double: return "DoubleConverter";
            case SpecialType.System_Decimal: return "DecimalConverter";
            case SpecialType.System_String: return "StringConverter";
            case SpecialType.System_DateTime: return "DateTimeConverter";
        }

        if (type is IArrayTypeSymbol { IsSZArray: true, ElementType.SpecialType: SpecialType.System_Byte })
        {
            return "ByteArrayConverter";
        }

        return type is INamedTypeSymbol { IsGenericType: false, ContainingType: null } named
            && IsInNamespace(named, "System")
            && s_systemValueConverters.TryGetValue(named.MetadataName, out var converter)
                ? converter
                : null;
    }

    /// <summary>The collection kind of a <c>System.Collections.Generic</c> type the metadata supports, or null.</summary>
    public static JsonTypeKind? GetCollectionKind(INamedTypeSymbol type) =>
        type.IsGenericType
        && IsInNamespace(type.OriginalDefinition, "System.Collections.Generic")
        && s_collections.TryGetValue(type.OriginalDefinition.MetadataName, out var kind)
            ? kind
            : null;

    /// <summary>A BCL or Microsoft type not recognised above: System.Text.Json may have a converter or a special rule for it.</summary>
    public static bool IsFrameworkType(INamedTypeSymbol type)
    {
        var outermost = type;
        while (outermost.ContainingType is not null)
        {
            outermost = outermost.ContainingType;
        }

        var ns = outermost.ContainingNamespace?.ToDisplayString() ?? string.Empty;
        return ns == "System" || ns.StartsWith("System.", System.StringComparison.Ordinal)
            || ns == "Microsoft" || ns.StartsWith("Microsoft.", System.StringComparison.Ordinal);
    }

    /// <summary>Whether the type implements an interface that changes how System.Text.Json handles it (collections, callbacks).</summary>
    public static bool HasObjectBreakingInterface(INamedTypeSymbol type) =>
        type.AllInterfaces.Any(i => s_objectBreakingInterfaces.Contains(MetadataFullName(i.OriginalDefinition)));

    /// <summary>Whether the attribute is one of System.Text.Json's serialization attributes with the given metadata name.</summary>
    public static bool IsSerializationAttribute(AttributeData attribute, string metadataName) =>
        attribute.AttributeClass is { } attributeClass
        && attributeClass.MetadataName == metadataName
        && IsInNamespace(attributeClass, SerializationNamespace);

    /// <summary>Whether the attribute comes from System.Text.Json's serialization namespace (converters, polymorphism, naming...).</summary>
    public static bool IsAnySerializationAttribute(AttributeData attribute) =>
        attribute.AttributeClass is { } attributeClass && IsInNamespace(attributeClass, SerializationNamespace);

    private static bool IsInNamespace(INamedTypeSymbol type, string ns) =>
        type.ContainingType is null && type.ContainingNamespace?.ToDisplayString() == ns;

    private static string MetadataFullName(INamedTypeSymbol type) =>
        (type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() + "." : string.Empty) + type.MetadataName;
}
