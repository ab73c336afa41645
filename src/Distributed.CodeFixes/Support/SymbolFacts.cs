using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ModularPipelines.Distributed.CodeFixes;

/// <summary>What the fixes need to know about modules and attributes, read from symbols.</summary>
internal static class SymbolFacts
{
    /// <summary>The <c>T</c> of the nearest <c>Module&lt;T&gt;</c> the class derives from, or null when it is not a module.</summary>
    public static ITypeSymbol? ModuleResultType(INamedTypeSymbol type, Compilation compilation)
    {
        var module = compilation.GetTypeByMetadataName(RuntimeNames.Module);
        for (var current = type.BaseType; current is not null && module is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, module))
            {
                return current.TypeArguments[0];
            }
        }

        return null;
    }

    /// <summary>Whether the class derives, directly or not, from <c>Module&lt;T&gt;</c>.</summary>
    public static bool IsModuleClass(INamedTypeSymbol type, Compilation compilation) =>
        type.TypeKind == TypeKind.Class && ModuleResultType(type, compilation) is not null;

    /// <summary>Whether the attribute written at <paramref name="attribute"/> is of the type named by <paramref name="metadataName"/> (any construction of a generic one).</summary>
    public static bool IsAttribute(SemanticModel model, AttributeSyntax attribute, string metadataName, CancellationToken cancellationToken)
    {
        var expected = model.Compilation.GetTypeByMetadataName(metadataName);
        var constructor = model.GetSymbolInfo(attribute, cancellationToken) is { Symbol: { } symbol } ? symbol : model.GetSymbolInfo(attribute, cancellationToken).CandidateSymbols.FirstOrDefault();
        return expected is not null
            && constructor?.ContainingType is { } attributeType
            && SymbolEqualityComparer.Default.Equals(attributeType.OriginalDefinition, expected);
    }
}
