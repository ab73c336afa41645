using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using ModularPipelines.Distributed.Generator.Model;

namespace ModularPipelines.Distributed.Generator.Parser;

/// <summary>
/// How <c>[ProducesArtifact]</c> and <c>[ConsumesArtifact&lt;T&gt;]</c> are read, by the generator and (compiled into
/// them) the analyzers alike, so that a diagnostic about an artifact speaks of exactly the artifacts the graph holds.
/// </summary>
internal static class ArtifactAttributes
{
    /// <summary>
    /// The name and patterns of a <c>[ProducesArtifact]</c>, or null when the attribute is another one or has no constant
    /// name. Null patterns are left out; everything else is kept as written (the runtime and the analyzers check it).
    /// </summary>
    public static ArtifactProductionSpec? ProductionOf(AttributeData attribute)
    {
        if (!attribute.AttributeClass.IsRuntimeType(KnownNames.ProducesArtifact)
            || attribute.ConstructorArguments is not [{ Value: string name }, var patterns])
        {
            return null;
        }

        var values = patterns is { Kind: TypedConstantKind.Array, IsNull: false }
            ? patterns.Values.Select(v => v.Value as string).OfType<string>()
            : Enumerable.Empty<string>();
        return new ArtifactProductionSpec(name, values.ToEquatableArray());
    }

    /// <summary>
    /// The artifacts a module produces: its own <c>[ProducesArtifact]</c>s, then its bases' (they are inherited), each name
    /// once, compared ignoring case; the first declaration of a name wins (a repeat is MPD0024).
    /// </summary>
    /// <param name="attributes">The class's attributes followed by its bases' (<see cref="SymbolExtensions.GetAttributesIncludingInherited"/>).</param>
    public static EquatableArray<ArtifactProductionSpec> Productions(IEnumerable<AttributeData> attributes)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        return attributes
            .Select(ProductionOf)
            .OfType<ArtifactProductionSpec>()
            .Where(p => seen.Add(p.Name))
            .ToEquatableArray();
    }

    /// <summary>
    /// The producer named by a <c>[ConsumesArtifact&lt;T&gt;]</c>, or null when the attribute is another one or its type
    /// argument does not bind.
    /// </summary>
    public static INamedTypeSymbol? ProducerOf(AttributeData attribute) =>
        attribute.AttributeClass is { TypeArguments: [INamedTypeSymbol producer] } attributeClass
        && attributeClass.OriginalDefinition.IsRuntimeType(KnownNames.ConsumesArtifact)
        && producer.TypeKind != TypeKind.Error
            ? producer
            : null;

    /// <summary>The artifact name a <c>[ConsumesArtifact&lt;T&gt;]</c> asks for, or null when it is not a constant string.</summary>
    public static string? ConsumedNameOf(AttributeData attribute) =>
        attribute.ConstructorArguments is [{ Value: string name }] ? name : null;

    /// <summary>
    /// The production of <paramref name="producer"/> (its own or inherited) that <paramref name="name"/> names, ignoring
    /// case, or null when it produces no artifact of that name.
    /// </summary>
    public static ArtifactProductionSpec? ProducedAs(INamedTypeSymbol producer, string name) =>
        Productions(producer.GetAttributesIncludingInherited())
            .FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
}
