using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using ModularPipelines.Distributed.Generator.Model;

namespace ModularPipelines.Distributed.Generator.Parser;

/// <summary>
/// Reads a module's conditions of one attribute (<c>[SkipIf&lt;T&gt;]</c> or <c>[IgnoreFailureIf&lt;T&gt;]</c>) into
/// <see cref="SkipConditionSpec"/>s, in declaration order.
/// </summary>
internal static class SkipConditionParser
{
    /// <param name="attributes">The module's attributes followed by its bases'.</param>
    /// <param name="attributeName">The attribute's metadata name: one of <see cref="SkipConditionRule.ConditionAttributes"/>.</param>
    /// <param name="moduleName">The module's name, for the message of a condition that cannot be constructed.</param>
    /// <param name="compilation">The current compilation, to bind the chosen constructor's parameters.</param>
    /// <param name="cancellationToken">Cancels the parse.</param>
    public static EquatableArray<SkipConditionSpec> Read(
        List<AttributeData> attributes, string attributeName, string moduleName, Compilation compilation, CancellationToken cancellationToken) =>
        SkipConditionRule.Conditions(attributes, attributeName)
            .Select(condition => ToSpec(condition, attributeName, moduleName, compilation, cancellationToken))
            .ToEquatableArray();

    private static SkipConditionSpec ToSpec(
        INamedTypeSymbol condition, string attributeName, string moduleName, Compilation compilation, CancellationToken cancellationToken)
    {
        var typeName = condition.ToFullyQualifiedName();
        if (SkipConditionRule.WhyNotConstructible(condition, cancellationToken) is { } reason)
        {
            return new SkipConditionSpec(typeName, EquatableArray<ConstructorParameterSpec>.Empty, Failure(condition, attributeName, moduleName, reason));
        }

        // A constructed generic condition's parameters are its definition's with the type arguments put in, which only
        // the symbols know; the syntax path would read the type parameters themselves.
        var parameters = condition.IsGenericType
            ? ConstructorSelector.SelectBySymbols(condition)?.Parameters.Select(ConstructorParameter.From).ToList()
            : ConstructorSelector.Select(condition, compilation, cancellationToken);
        return parameters is null
            ? new SkipConditionSpec(typeName, EquatableArray<ConstructorParameterSpec>.Empty, Failure(condition, attributeName, moduleName, "it has no constructor generated code can call"))
            : new SkipConditionSpec(typeName, parameters.Select(ConstructorParameterSpecs.From).ToEquatableArray(), null);
    }

    private static string Failure(INamedTypeSymbol condition, string attributeName, string moduleName, string reason) =>
        $"[{AttributeName(attributeName)}<{condition.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)}>] on {moduleName}: the condition cannot be constructed by generated code, because {reason} (MPD0022).";

    /// <summary><c>SkipIf</c> of <c>SkipIfAttribute`1</c>: the attribute as source writes it.</summary>
    private static string AttributeName(string metadataName) =>
        KnownNames.WithoutAttributeSuffix(metadataName.Substring(0, metadataName.IndexOf('`')));
}
