using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ModularPipelines.Distributed.CodeFixes;

/// <summary>A fix for a diagnostic reported on an attribute that has no effect: it removes that attribute.</summary>
public abstract class RemoveAttributeCodeFixProvider : SyntaxCodeFixProvider<AttributeSyntax>
{
    /// <summary>The attribute the diagnostic is on.</summary>
    private protected sealed override AttributeSyntax? Find(SyntaxNode root, Diagnostic diagnostic) =>
        root.FindNode(diagnostic.Location.SourceSpan).FirstAncestorOrSelf<AttributeSyntax>();

    private protected sealed override string Title(AttributeSyntax target) => $"Remove the repeated [{target}]";

    private protected sealed override SyntaxNode Apply(SyntaxNode root, IReadOnlyList<AttributeSyntax> targets) => SyntaxRemoval.Remove(root, targets);
}
