using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using ModularPipelines.Distributed.Generator.Parser;

namespace ModularPipelines.Distributed.Analyzers;

/// <summary>What a module's attributes amount to, read the way the generator reads them.</summary>
internal static class ModuleFacts
{
    /// <summary>
    /// The attribute in effect for a single-use attribute: the class's own wins over a base class's
    /// (the generator's rule), or null when neither the class nor a base carries it.
    /// </summary>
    public static AttributeData? Nearest(INamedTypeSymbol type, INamedTypeSymbol? attribute) =>
        attribute is null
            ? null
            : type.GetAttributesIncludingInherited().FirstOrDefault(a => KnownTypes.Is(a.AttributeClass, attribute));

    /// <summary>Whether the class or one of its bases carries the attribute.</summary>
    public static bool Has(INamedTypeSymbol type, INamedTypeSymbol? attribute) => Nearest(type, attribute) is not null;

    /// <summary>The matrix targets in effect, read as the generator reads them (<see cref="ModuleAttributes.MatrixTargets"/>).</summary>
    public static IReadOnlyList<string> MatrixTargets(INamedTypeSymbol type) => ModuleAttributes.MatrixTargets(type.GetAttributesIncludingInherited());

    /// <summary>
    /// Whether <paramref name="module"/> declares, or inherits, <c>[DependsOn&lt;dependency&gt;]</c> or a
    /// <c>[ConsumesArtifact&lt;dependency&gt;]</c>, which is a dependency too, or a <c>[DependsOn]</c> on an abstract base
    /// that <paramref name="dependency"/> derives from, which the generator turns into an edge to it.
    /// </summary>
    public static bool DependsOn(KnownTypes known, INamedTypeSymbol module, INamedTypeSymbol dependency, CancellationToken cancellationToken) =>
        module.GetAttributesIncludingInherited().Any(a =>
            known.GetEdge(a) is { } target
            && (SymbolEqualityComparer.Default.Equals(target, dependency)
                || (known.GetDependency(a) is not null && ModuleRecognition.IsBaseEdge(module, target, dependency, cancellationToken))));

    /// <summary>The string elements of a <c>params string[]</c> constructor argument (empty when it is null or not an array).</summary>
    public static IReadOnlyList<string?> StringElements(AttributeData attribute)
    {
        if (attribute.ConstructorArguments is not [{ Kind: TypedConstantKind.Array, IsNull: false } array])
        {
            return Array.Empty<string?>();
        }

        return array.Values.Select(v => v.Value as string).ToList();
    }

    /// <summary>Whether the single constructor argument is a params array that is missing, null or empty.</summary>
    public static bool HasNoElements(AttributeData attribute) =>
        attribute.ConstructorArguments is [{ Kind: TypedConstantKind.Array } array] && (array.IsNull || array.Values.Length == 0);

    /// <summary>An attribute's name as written in brackets: <c>PinToMaster</c> for <c>PinToMasterAttribute</c>.</summary>
    public static string AttributeName(AttributeData attribute) => KnownNames.WithoutAttributeSuffix(attribute.AttributeClass?.Name ?? string.Empty);

    /// <summary>A type's name for messages: its name with type arguments, without namespaces.</summary>
    public static string DisplayName(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);
}
