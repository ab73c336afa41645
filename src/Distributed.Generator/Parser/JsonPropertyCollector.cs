using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace ModularPipelines.Distributed.Generator.Parser;

/// <summary>
/// Lists a type's JSON properties as System.Text.Json's reflection resolver does: walk from the most derived type to
/// its bases, take instance non-indexer properties with a public getter or setter, drop overridden or hidden ones, and
/// resolve JSON-name conflicts (an ignored property gives way; a real conflict would throw, so it is unsupported).
/// </summary>
internal static class JsonPropertyCollector
{
    /// <summary>The properties in serialization order, or null when one cannot be mirrored exactly.</summary>
    public static List<JsonPropertyCandidate>? Collect(List<INamedTypeSymbol> hierarchy)
    {
        var properties = new List<JsonPropertyCandidate>();
        var indexByName = new Dictionary<string, int>(System.StringComparer.Ordinal);
        var ignoredByClrName = new Dictionary<string, JsonPropertyCandidate>(System.StringComparer.Ordinal);
        foreach (var type in hierarchy)
        {
            foreach (var property in type.GetMembers().OfType<IPropertySymbol>())
            {
                if (property.IsStatic || property.IsIndexer || property.Parameters.Length > 0 || IsOverriddenAndIgnored(property, ignoredByClrName))
                {
                    continue;
                }

                var candidate = new JsonPropertyCandidate(property);
                if (!TryReadAttributes(property, candidate))
                {
                    return null;
                }

                var publicGetter = property.GetMethod is { DeclaredAccessibility: Accessibility.Public };
                var publicSetter = property.SetMethod is { DeclaredAccessibility: Accessibility.Public };
                if (!publicGetter && !publicSetter && !candidate.HasJsonInclude)
                {
                    continue;
                }

                // [JsonInclude] reaches non-public accessors by reflection; generated code cannot mirror that.
                if ((candidate.HasJsonInclude && ((property.GetMethod is not null && !publicGetter) || (property.SetMethod is not null && !publicSetter)))
                    || property.ReturnsByRef
                    || property.ReturnsByRefReadonly
                    || IsObsoleteError(property))
                {
                    return null;
                }

                if (!TryAdd(candidate, properties, indexByName, ignoredByClrName))
                {
                    return null;
                }

                if (candidate.IsIgnored && !ignoredByClrName.ContainsKey(property.Name))
                {
                    ignoredByClrName[property.Name] = candidate;
                }
            }
        }

        return properties;
    }

    /// <summary>Whether the member carries <c>[Obsolete(..., true)]</c>, which generated code may not reference.</summary>
    public static bool IsObsoleteError(ISymbol symbol) =>
        symbol.GetAttributes().Any(a =>
            a.AttributeClass is { Name: "ObsoleteAttribute" } attributeClass
            && attributeClass.ContainingNamespace?.ToDisplayString() == "System"
            && a.ConstructorArguments.Length == 2
            && a.ConstructorArguments[1].Value is true);

    private static bool TryAdd(
        JsonPropertyCandidate candidate,
        List<JsonPropertyCandidate> properties,
        Dictionary<string, int> indexByName,
        Dictionary<string, JsonPropertyCandidate> ignoredByClrName)
    {
        if (!indexByName.TryGetValue(candidate.EffectiveName, out var index))
        {
            indexByName[candidate.EffectiveName] = properties.Count;
            properties.Add(candidate);
            return true;
        }

        var other = properties[index];
        if (other.IsIgnored)
        {
            properties[index] = candidate;
            return true;
        }

        // Kept out: an ignored property, one overridden or hidden by a more derived property of the same CLR name, or one
        // hidden by an ignored more derived property. Anything else is a name conflict System.Text.Json throws for.
        return candidate.IsIgnored
            || other.Property.Name == candidate.Property.Name
            || ignoredByClrName.ContainsKey(candidate.Property.Name);
    }

    /// <summary>A virtual property whose override in a more derived type is <c>[JsonIgnore]</c>d is skipped altogether.</summary>
    private static bool IsOverriddenAndIgnored(IPropertySymbol property, Dictionary<string, JsonPropertyCandidate> ignoredByClrName) =>
        (property.IsVirtual || property.IsOverride || property.IsAbstract)
        && ignoredByClrName.TryGetValue(property.Name, out var ignored)
        && ignored.IsVirtual
        && SymbolEqualityComparer.Default.Equals(ignored.Property.Type, property.Type);

    /// <summary>Reads the System.Text.Json attributes the metadata mirrors; any other one (converter, number handling...) is unsupported.</summary>
    private static bool TryReadAttributes(IPropertySymbol property, JsonPropertyCandidate candidate)
    {
        foreach (var attribute in property.GetAttributes())
        {
            if (!JsonKnownTypes.IsAnySerializationAttribute(attribute))
            {
                continue;
            }

            switch (attribute.AttributeClass!.MetadataName)
            {
                case JsonKnownTypes.JsonIgnore:
                    candidate.IgnoreCondition = ReadIgnoreCondition(attribute);
                    if (candidate.IgnoreCondition is null)
                    {
                        return false;
                    }

                    break;
                case JsonKnownTypes.JsonPropertyName when attribute.ConstructorArguments is [{ Value: string name }]:
                    candidate.JsonName = name;
                    break;
                case JsonKnownTypes.JsonInclude:
                    candidate.HasJsonInclude = true;
                    break;
                case JsonKnownTypes.JsonRequired:
                    candidate.HasJsonRequired = true;
                    break;
                case JsonKnownTypes.JsonPropertyOrder when attribute.ConstructorArguments is [{ Value: int order }]:
                    candidate.Order = order;
                    break;
                default:
                    return false;
            }
        }

        return true;
    }

    /// <summary>The <c>JsonIgnoreCondition</c> member name (<c>Always</c> by default), or null when it cannot be read.</summary>
    private static string? ReadIgnoreCondition(AttributeData attribute)
    {
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key != "Condition")
            {
                continue;
            }

            if (argument.Value.Type is not INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType || argument.Value.Value is null)
            {
                return null;
            }

            return enumType.GetMembers()
                .OfType<IFieldSymbol>()
                .FirstOrDefault(f => f.HasConstantValue && Equals(f.ConstantValue, argument.Value.Value))
                ?.Name;
        }

        return "Always";
    }
}
