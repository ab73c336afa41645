using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ModularPipelines.Distributed.Analyzers;

namespace ModularPipelines.Distributed.CodeFixes;

/// <summary>
/// MPD0026: replaces the consumed artifact name with the produced name the analyzer found close to it (a typo such as
/// <c>"bni"</c> for <c>"bin"</c>). Offered only when the diagnostic carries that name.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseProducedArtifactNameCodeFixProvider))]
[Shared]
public sealed class UseProducedArtifactNameCodeFixProvider : SyntaxCodeFixProvider<UseProducedArtifactNameCodeFixProvider.Replacement>
{
    /// <summary>The equivalence key of the code action.</summary>
    public const string EquivalenceKey = DiagnosticIds.ArtifactNotProduced + ".UseProducedName";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.ArtifactNotProduced);

    private protected override string Key => EquivalenceKey;

    /// <summary>The name argument the diagnostic is on and the produced name to put there, or null when there is none.</summary>
    private protected override Replacement? Find(SyntaxNode root, Diagnostic diagnostic)
    {
        if (!diagnostic.Properties.TryGetValue(ArtifactAnalyzer.SuggestedNameProperty, out var name) || name is null)
        {
            return null;
        }

        var argument = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<AttributeArgumentSyntax>()?.Expression;
        return argument is null ? null : new Replacement(argument, name);
    }

    private protected override string Title(Replacement target) => $"Use the artifact '{target.Name}'";

    private protected override SyntaxNode Apply(SyntaxNode root, IReadOnlyList<Replacement> targets)
    {
        var names = new Dictionary<ExpressionSyntax, string>();
        foreach (var target in targets)
        {
            names[target.Argument] = target.Name;
        }

        return root.ReplaceNodes(
            names.Keys,
            (original, _) => SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(names[original])).WithTriviaFrom(original));
    }

    /// <summary>One diagnostic's fix: the name argument, and the produced name to write there.</summary>
    /// <param name="Argument">The consumed name as written.</param>
    /// <param name="Name">The produced name within two edits of it.</param>
    public sealed record Replacement(ExpressionSyntax Argument, string Name);
}
