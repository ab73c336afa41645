using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace ModularPipelines.Distributed.Generator.Parser;

/// <summary>
/// Which conditions (<c>[SkipIf&lt;T&gt;]</c>, <c>[IgnoreFailureIf&lt;T&gt;]</c>: both name an <c>ISkipCondition</c>) a
/// module has and which of them generated code can construct: the generator's rule, which the analyzers compile, so that
/// MPD0022 is reported exactly for the conditions whose factory would throw.
/// </summary>
internal static class SkipConditionRule
{
    /// <summary>The metadata names of the attributes that name a condition, <see cref="KnownNames.SkipIf"/> first.</summary>
    public static readonly string[] ConditionAttributes = [KnownNames.SkipIf, KnownNames.IgnoreFailureIf];

    /// <summary>
    /// The condition named by a <c>[SkipIf&lt;T&gt;]</c> or <c>[IgnoreFailureIf&lt;T&gt;]</c>, or null when the attribute is
    /// another one or its type argument is not a type that satisfies the attribute's constraint (the compiler reports those).
    /// </summary>
    public static INamedTypeSymbol? ConditionOf(AttributeData attribute) =>
        ConditionAttributes.FirstOrDefault(name => attribute.AttributeClass?.OriginalDefinition.IsRuntimeType(name) == true) is { } name
            ? ConditionOf(attribute, name)
            : null;

    /// <summary>The condition named by an attribute whose metadata name is <paramref name="attributeName"/>, or null.</summary>
    public static INamedTypeSymbol? ConditionOf(AttributeData attribute, string attributeName) =>
        attribute.AttributeClass is { TypeArguments: [INamedTypeSymbol condition] } attributeClass
        && attributeClass.OriginalDefinition.IsRuntimeType(attributeName)
        && condition.TypeKind != TypeKind.Error
        && (condition.IsRuntimeType(KnownNames.SkipCondition) || condition.AllInterfaces.Any(i => i.IsRuntimeType(KnownNames.SkipCondition)))
            ? condition
            : null;

    /// <summary>
    /// The conditions of one attribute in declaration order, the class's own before its bases', each once (the first
    /// place counts).
    /// </summary>
    /// <param name="attributes">The class's attributes followed by its bases' (<see cref="SymbolExtensions.GetAttributesIncludingInherited"/>).</param>
    /// <param name="attributeName">The attribute's metadata name: one of <see cref="ConditionAttributes"/>.</param>
    public static IReadOnlyList<INamedTypeSymbol> Conditions(IEnumerable<AttributeData> attributes, string attributeName)
    {
        var conditions = new List<INamedTypeSymbol>();
        foreach (var attribute in attributes)
        {
            if (ConditionOf(attribute, attributeName) is { } condition && !conditions.Contains(condition, SymbolEqualityComparer.Default))
            {
                conditions.Add(condition);
            }
        }

        return conditions;
    }

    /// <summary>Null when generated code can construct the condition; otherwise why not and what to do.</summary>
    public static string? WhyNotConstructible(INamedTypeSymbol condition, CancellationToken cancellationToken) =>
        condition.TypeKind == TypeKind.Interface ? "it is an interface; name a class that implements it"
        : condition.IsAbstract ? "it is abstract; derive a concrete class from it and name that"
        : condition.TypeArguments.Any(a => !IsNameable(a)) ? "generated code cannot name one of its type arguments; make them public or internal"
        : ConstructionRule.WhyNotConstructible(condition, cancellationToken);

    /// <summary>Whether generated code in the same assembly can write the type's name.</summary>
    private static bool IsNameable(ITypeSymbol type) => type switch
    {
        INamedTypeSymbol named => named.IsAccessibleFromGeneratedCode() && named.TypeArguments.All(IsNameable),
        IArrayTypeSymbol array => IsNameable(array.ElementType),
        ITypeParameterSymbol => false,
        _ => true,
    };
}
