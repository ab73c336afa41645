using System.Collections.Immutable;
using System.Composition;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ModularPipelines.Distributed.Analyzers;

namespace ModularPipelines.Distributed.CodeFixes;

/// <summary>MPD0002: removes the repeated target from <c>[MatrixTarget]</c>, however the targets are written.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveRepeatedMatrixTargetCodeFixProvider))]
[Shared]
public sealed class RemoveRepeatedMatrixTargetCodeFixProvider : SyntaxCodeFixProvider<SyntaxNode>
{
    /// <summary>The equivalence key of the code action.</summary>
    public const string EquivalenceKey = DiagnosticIds.MatrixTargetRepeated + ".RemoveRepeatedTarget";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.MatrixTargetRepeated);

    private protected override string Key => EquivalenceKey;

    private protected override SyntaxNode? Find(SyntaxNode root, Diagnostic diagnostic) => Element(root, diagnostic);

    private protected override string Title(SyntaxNode target) => $"Remove the repeated target {Target(target)}";

    private protected override SyntaxNode Apply(SyntaxNode root, IReadOnlyList<SyntaxNode> targets) => SyntaxRemoval.Remove(root, targets);

    /// <summary>
    /// The list element holding the target the diagnostic is on: an attribute argument (<c>("a", "a")</c>), an array
    /// initializer element (<c>(new[] { "a", "a" })</c>) or a collection expression element (<c>(["a", "a"])</c>).
    /// </summary>
    private static SyntaxNode? Element(SyntaxNode root, Diagnostic diagnostic)
    {
        if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax target)
        {
            return null;
        }

        return target.Parent switch
        {
            AttributeArgumentSyntax { NameEquals: null, NameColon: null } argument => argument,
            InitializerExpressionSyntax => target,
            ExpressionElementSyntax element => element,
            _ => null,
        };
    }

    private static string Target(SyntaxNode element) => element switch
    {
        AttributeArgumentSyntax argument => argument.Expression.ToString(),
        ExpressionElementSyntax collectionElement => collectionElement.Expression.ToString(),
        _ => element.ToString(),
    };
}
