using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ModularPipelines.Distributed.Analyzers;

/// <summary>Where in source an attribute, or one of its arguments, was written.</summary>
internal static class AttributeLocations
{
    /// <summary>The attribute as written, for example <c>MatrixTarget("a")</c> inside the brackets.</summary>
    public static Location Of(AttributeData attribute, ISymbol owner, CancellationToken cancellationToken) =>
        attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken).GetLocation() ?? OfType(owner);

    /// <summary>Whether the attribute is written in source (and not inherited from metadata).</summary>
    public static bool IsInSource(AttributeData attribute) => attribute.ApplicationSyntaxReference is not null;

    /// <summary>The class's identifier in its first declaration.</summary>
    public static Location OfType(ISymbol type) => type.Locations.FirstOrDefault() ?? Location.None;

    /// <summary>
    /// The <paramref name="index"/>th element of a <c>params</c> array argument, whether written expanded
    /// (<c>("a", "b")</c>), as an array (<c>(new[] { "a", "b" })</c>) or as a collection expression (<c>(["a", "b"])</c>).
    /// Falls back to the attribute.
    /// </summary>
    public static Location OfParamsElement(AttributeData attribute, int index, ISymbol owner, CancellationToken cancellationToken) =>
        OfParamsElement(attribute, 0, index, owner, cancellationToken);

    /// <summary>
    /// As <see cref="OfParamsElement(AttributeData, int, ISymbol, CancellationToken)"/>, for a <c>params</c> array that
    /// follows <paramref name="fixedArguments"/> other constructor arguments (the patterns after an artifact's name).
    /// </summary>
    public static Location OfParamsElement(AttributeData attribute, int fixedArguments, int index, ISymbol owner, CancellationToken cancellationToken)
    {
        if (Syntax(attribute, cancellationToken) is not { ArgumentList: { } argumentList } syntax)
        {
            return Of(attribute, owner, cancellationToken);
        }

        var positional = argumentList.Arguments.Where(a => a.NameEquals is null).ToList();
        if (positional.Count == fixedArguments + 1)
        {
            var elements = positional[fixedArguments].Expression switch
            {
                ArrayCreationExpressionSyntax { Initializer: { } initializer } => initializer.Expressions.ToList(),
                ImplicitArrayCreationExpressionSyntax { Initializer: { } initializer } => initializer.Expressions.ToList(),
                CollectionExpressionSyntax collection => collection.Elements.OfType<ExpressionElementSyntax>().Select(e => e.Expression).ToList(),
                _ => null,
            };
            if (elements is not null)
            {
                return index < elements.Count ? elements[index].GetLocation() : syntax.GetLocation();
            }
        }

        return fixedArguments + index < positional.Count ? positional[fixedArguments + index].Expression.GetLocation() : syntax.GetLocation();
    }

    /// <summary>The <paramref name="index"/>th constructor argument; falls back to the attribute.</summary>
    public static Location OfConstructorArgument(AttributeData attribute, int index, ISymbol owner, CancellationToken cancellationToken)
    {
        var positional = Syntax(attribute, cancellationToken)?.ArgumentList?.Arguments.Where(a => a.NameEquals is null).ToList();
        return positional is not null && index < positional.Count
            ? positional[index].Expression.GetLocation()
            : Of(attribute, owner, cancellationToken);
    }

    /// <summary>The value of a named (property) argument such as <c>BackoffMilliseconds = -1</c>; falls back to the attribute.</summary>
    public static Location OfNamedArgument(AttributeData attribute, string name, ISymbol owner, CancellationToken cancellationToken)
    {
        var named = Syntax(attribute, cancellationToken)?.ArgumentList?.Arguments
            .FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == name);
        return named?.Expression.GetLocation() ?? Of(attribute, owner, cancellationToken);
    }

    /// <summary>The type argument of a generic attribute, <c>T</c> in <c>DependsOn&lt;T&gt;</c>; falls back to the attribute.</summary>
    public static Location OfTypeArgument(AttributeData attribute, ISymbol owner, CancellationToken cancellationToken)
    {
        var generic = Syntax(attribute, cancellationToken)?.Name switch
        {
            GenericNameSyntax name => name,
            QualifiedNameSyntax { Right: GenericNameSyntax name } => name,
            AliasQualifiedNameSyntax { Name: GenericNameSyntax name } => name,
            _ => null,
        };
        return generic is { TypeArgumentList.Arguments: [var argument, ..] }
            ? argument.GetLocation()
            : Of(attribute, owner, cancellationToken);
    }

    private static AttributeSyntax? Syntax(AttributeData attribute, CancellationToken cancellationToken) =>
        attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) as AttributeSyntax;
}
