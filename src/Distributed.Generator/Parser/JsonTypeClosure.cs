using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using ModularPipelines.Distributed.Generator.Model;

namespace ModularPipelines.Distributed.Generator.Parser;

/// <summary>
/// Collects the types one result type reaches (property, element, key and underlying types), each once, so recursive
/// types end. All or nothing: one type the metadata cannot describe makes the whole closure unsupported.
/// </summary>
internal sealed class JsonTypeClosure
{
    /// <summary>Bounds closures that generic nesting makes unbounded (<c>Node&lt;T&gt;</c> with a <c>Node&lt;List&lt;T&gt;&gt;</c> property).</summary>
    private const int MaxTypes = 512;

    private readonly HashSet<string> _seen = new(System.StringComparer.Ordinal);
    private readonly List<JsonTypeSpec> _types = new();
    private readonly CancellationToken _cancellationToken;

    public JsonTypeClosure(CancellationToken cancellationToken) => _cancellationToken = cancellationToken;

    /// <summary>The described types, in the order their descriptions completed.</summary>
    public IReadOnlyList<JsonTypeSpec> Types => _types;

    /// <summary>Adds the type and what it reaches; false when any of it cannot be described.</summary>
    public bool TryAdd(ITypeSymbol type)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        var name = type.ToFullyQualifiedName();
        if (_seen.Contains(name))
        {
            return true;
        }

        if (_seen.Count >= MaxTypes || !IsAccessible(type))
        {
            return false;
        }

        _seen.Add(name);
        if (Describe(type, name) is not { } spec)
        {
            return false;
        }

        _types.Add(spec with { ContextName = JsonContextNames.Short(type), QualifiedContextName = JsonContextNames.Qualified(type) });
        return true;
    }

    private JsonTypeSpec? Describe(ITypeSymbol type, string name)
    {
        if (JsonKnownTypes.GetBuiltInConverter(type) is { } converter)
        {
            return new JsonTypeSpec(name, JsonTypeKind.BuiltIn) { ConverterName = converter };
        }

        return type switch
        {
            IArrayTypeSymbol { IsSZArray: true } array => TryAdd(array.ElementType)
                ? new JsonTypeSpec(name, JsonTypeKind.Array) { ElementTypeName = array.ElementType.ToFullyQualifiedName() }
                : null,
            INamedTypeSymbol { TypeKind: not TypeKind.Error } named => DescribeNamed(named, name),
            _ => null,
        };
    }

    private JsonTypeSpec? DescribeNamed(INamedTypeSymbol type, string name)
    {
        if (type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T)
        {
            var underlying = type.TypeArguments[0];
            return TryAdd(underlying)
                ? new JsonTypeSpec(name, JsonTypeKind.Nullable) { ElementTypeName = underlying.ToFullyQualifiedName() }
                : null;
        }

        if (type.TypeKind == TypeKind.Enum)
        {
            // [JsonConverter(typeof(JsonStringEnumConverter))] and friends change the shape: a user context covers those.
            return type.GetAttributes().Any(JsonKnownTypes.IsAnySerializationAttribute) ? null : new JsonTypeSpec(name, JsonTypeKind.Enum);
        }

        if (JsonKnownTypes.GetCollectionKind(type) is { } kind)
        {
            return DescribeCollection(type, name, kind);
        }

        if (JsonKnownTypes.IsFrameworkType(type))
        {
            return null;
        }

        return JsonObjectParser.Parse(type, this) is { } shape ? new JsonTypeSpec(name, JsonTypeKind.Object) { Object = shape } : null;
    }

    private JsonTypeSpec? DescribeCollection(INamedTypeSymbol type, string name, JsonTypeKind kind)
    {
        var arguments = type.TypeArguments;
        if (arguments.Length == 2)
        {
            // Dictionary keys other than string need key converters the design does not promise; a user context covers them.
            return arguments[0].SpecialType == SpecialType.System_String && TryAdd(arguments[0]) && TryAdd(arguments[1])
                ? new JsonTypeSpec(name, kind) { KeyTypeName = arguments[0].ToFullyQualifiedName(), ElementTypeName = arguments[1].ToFullyQualifiedName() }
                : null;
        }

        return TryAdd(arguments[0]) ? new JsonTypeSpec(name, kind) { ElementTypeName = arguments[0].ToFullyQualifiedName() } : null;
    }

    /// <summary>
    /// Whether generated code in the user's assembly can name the type and use it as a type argument (type arguments
    /// included; no pointers, ref structs or open type parameters).
    /// </summary>
    public static bool IsAccessible(ITypeSymbol type) => type switch
    {
        IArrayTypeSymbol array => IsAccessible(array.ElementType),
        INamedTypeSymbol { IsRefLikeType: false, TypeKind: not TypeKind.Error } named =>
            named.IsAccessibleFromGeneratedCode() && named.TypeArguments.All(IsAccessible),
        _ => false,
    };
}
