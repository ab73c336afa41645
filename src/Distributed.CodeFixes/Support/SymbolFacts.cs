using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ModularPipelines.Distributed.Generator.Parser;

namespace ModularPipelines.Distributed.CodeFixes;

/// <summary>What the fixes need to know about attributes as written, recognised by the runtime names the generator uses.</summary>
internal static class SymbolFacts
{
    /// <summary>Whether the attribute written at <paramref name="attribute"/> is the runtime's <paramref name="metadataName"/> (a <see cref="KnownNames"/> name; any construction of a generic one).</summary>
    public static bool IsAttribute(SemanticModel model, AttributeSyntax attribute, string metadataName, CancellationToken cancellationToken)
    {
        var constructor = model.GetSymbolInfo(attribute, cancellationToken) is { Symbol: { } symbol } ? symbol : model.GetSymbolInfo(attribute, cancellationToken).CandidateSymbols.FirstOrDefault();
        return constructor?.ContainingType is { } attributeType && attributeType.OriginalDefinition.IsRuntimeType(metadataName);
    }
}
