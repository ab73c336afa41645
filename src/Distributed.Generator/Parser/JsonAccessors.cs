using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using ModularPipelines.Distributed.Generator.Model;

namespace ModularPipelines.Distributed.Generator.Parser;

/// <summary>Describes <c>UnsafeAccessor</c> calls: init-only setters and constructors C# will not call directly.</summary>
internal static class JsonAccessors
{
    /// <summary>
    /// An accessor on the generic definition of <paramref name="target"/>, called with its type arguments; null when the
    /// definition's type parameters (outer types' included) cannot all be declared on one class.
    /// </summary>
    public static JsonAccessorCall? Create(INamedTypeSymbol target, JsonAccessorKind kind, string memberName, IEnumerable<ITypeSymbol> openParameterTypes)
    {
        var definition = target.OriginalDefinition;
        var typeParameters = Chain(definition).SelectMany(t => t.TypeParameters).ToList();
        if (typeParameters.Select(p => p.Name).Distinct(System.StringComparer.Ordinal).Count() != typeParameters.Count
            || typeParameters.Any(p => p.AllowsRefLikeType))
        {
            return null;
        }

        var accessor = new JsonAccessorSpec(
            definition.ToFullyQualifiedName(),
            typeParameters.Select(p => p.Name).ToEquatableArray(),
            typeParameters.Select(FormatConstraints).Where(c => c is not null).Select(c => c!).ToEquatableArray(),
            target.IsValueType,
            kind,
            memberName,
            openParameterTypes.Select(t => t.ToFullyQualifiedName()).ToEquatableArray());
        var typeArguments = Chain(target).SelectMany(t => t.TypeArguments).Select(t => t.ToFullyQualifiedName());
        return new JsonAccessorCall(accessor, typeArguments.ToEquatableArray());
    }

    /// <summary>The type and its containing types, outermost first.</summary>
    private static List<INamedTypeSymbol> Chain(INamedTypeSymbol type)
    {
        var chain = new List<INamedTypeSymbol>();
        for (var current = type; current is not null; current = current.ContainingType)
        {
            chain.Insert(0, current);
        }

        return chain;
    }

    /// <summary>The <c>where</c> clause of a type parameter, in C#'s required order, or null without constraints.</summary>
    private static string? FormatConstraints(ITypeParameterSymbol parameter)
    {
        var constraints = new List<string>();
        if (parameter.HasUnmanagedTypeConstraint)
        {
            constraints.Add("unmanaged");
        }
        else if (parameter.HasValueTypeConstraint)
        {
            constraints.Add("struct");
        }
        else if (parameter.HasReferenceTypeConstraint)
        {
            constraints.Add(parameter.ReferenceTypeConstraintNullableAnnotation == NullableAnnotation.Annotated ? "class?" : "class");
        }
        else if (parameter.HasNotNullConstraint)
        {
            constraints.Add("notnull");
        }

        constraints.AddRange(parameter.ConstraintTypes.Select(t => t.ToFullyQualifiedName()));
        if (parameter.HasConstructorConstraint && !parameter.HasValueTypeConstraint)
        {
            constraints.Add("new()");
        }

        return constraints.Count == 0 ? null : "where " + parameter.Name + " : " + string.Join(", ", constraints);
    }
}
