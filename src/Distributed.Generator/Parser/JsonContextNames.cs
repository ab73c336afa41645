using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace ModularPipelines.Distributed.Generator.Parser;

/// <summary>
/// The names a type's property on the generated <c>JsonSerializerContext</c> may take. The short one follows
/// System.Text.Json's generator (<c>ListTestCase</c>, <c>TestCaseArray</c>, <c>NullableInt32</c>), so users find
/// what they know; the qualified one adds namespaces and containing types, for when short names collide.
/// </summary>
internal static class JsonContextNames
{
    /// <summary>The type's name followed by its type arguments' names; arrays end in <c>Array</c>.</summary>
    public static string Short(ITypeSymbol type) => type switch
    {
        IArrayTypeSymbol array => Short(array.ElementType) + "Array",
        INamedTypeSymbol named => named.Name + string.Concat(named.TypeArguments.Select(Short)),
        _ => type.Name,
    };

    /// <summary>
    /// <see cref="Short"/> with each type's namespace and containing types in front, joined by underscores. Framework
    /// namespaces (<c>System.*</c>) are left out: they never tell two result types apart, and would only make every
    /// collection's name long.
    /// </summary>
    public static string Qualified(ITypeSymbol type) => type switch
    {
        IArrayTypeSymbol array => Qualified(array.ElementType) + "Array",
        INamedTypeSymbol named => Prefix(named) + named.Name + string.Concat(named.TypeArguments.Select(Qualified)),
        _ => type.Name,
    };

    private static string Prefix(INamedTypeSymbol type)
    {
        var parts = new List<string>();
        for (var containing = type.ContainingType; containing is not null; containing = containing.ContainingType)
        {
            parts.Add(containing.Name);
        }

        var namespaces = new List<string>();
        for (var ns = type.ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
        {
            namespaces.Add(ns.Name);
        }

        if (namespaces.Count == 0 || namespaces[namespaces.Count - 1] != "System")
        {
            parts.AddRange(namespaces);
        }

        parts.Reverse();
        return parts.Count == 0 ? string.Empty : string.Join("_", parts) + "_";
    }
}
