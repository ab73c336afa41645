using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace ModularPipelines.Distributed.Generator.Parser;

/// <summary>Symbol queries shared by the parsers.</summary>
internal static class SymbolExtensions
{
    /// <summary>Whether the symbol is the runtime type with the given metadata name.</summary>
    public static bool IsRuntimeType(this INamedTypeSymbol? symbol, string metadataName) =>
        symbol is not null
        && symbol.MetadataName == metadataName
        && symbol.ContainingNamespace?.ToDisplayString() == KnownNames.Namespace;

    /// <summary>The class's attributes followed by those inherited from its base classes (all ours are Inherited = true).</summary>
    public static IEnumerable<AttributeData> GetAttributesIncludingInherited(this INamedTypeSymbol type)
    {
        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            foreach (var attribute in current.GetAttributes())
            {
                yield return attribute;
            }
        }
    }

    /// <summary>The module id: the type's full name without <c>global::</c>, nested types joined with dots.</summary>
    public static string ToModuleId(this INamedTypeSymbol type) =>
        type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat.WithGlobalNamespaceStyle(SymbolDisplayGlobalNamespaceStyle.Omitted));

    public static string ToFullyQualifiedName(this ITypeSymbol type) =>
        type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);

    /// <summary>Whether generated code in the same assembly can construct the type.</summary>
    public static bool IsAccessibleFromGeneratedCode(this INamedTypeSymbol type)
    {
        for (ISymbol? current = type; current is INamedTypeSymbol named; current = named.ContainingType)
        {
            if (named.IsFileLocal || !named.DeclaredAccessibility.IsAccessibleFromGeneratedCode())
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Public, internal or protected internal: what generated code in the same assembly can reach.</summary>
    public static bool IsAccessibleFromGeneratedCode(this Accessibility accessibility) =>
        accessibility is Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal;
}
