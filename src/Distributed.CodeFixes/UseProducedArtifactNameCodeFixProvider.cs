using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
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
public sealed class UseProducedArtifactNameCodeFixProvider : DocumentCodeFixProvider
{
    /// <summary>The equivalence key of the code action.</summary>
    public const string EquivalenceKey = DiagnosticIds.ArtifactNotProduced + ".UseProducedName";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.ArtifactNotProduced);

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root is not null && Replacement(root, diagnostic) is { } replacement)
            {
                Register(context, diagnostic, $"Use the artifact '{replacement.Name}'", EquivalenceKey);
            }
        }
    }

    private protected override async Task<Document?> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, string? equivalenceKey, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return null;
        }

        var replacements = new Dictionary<ExpressionSyntax, string>();
        foreach (var diagnostic in diagnostics)
        {
            if (Replacement(root, diagnostic) is { } replacement)
            {
                replacements[replacement.Argument] = replacement.Name;
            }
        }

        return replacements.Count == 0
            ? null
            : document.WithSyntaxRoot(root.ReplaceNodes(
                replacements.Keys,
                (original, _) => SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(replacements[original])).WithTriviaFrom(original)));
    }

    /// <summary>The name argument the diagnostic is on and the produced name to put there, or null when there is none.</summary>
    private static (ExpressionSyntax Argument, string Name)? Replacement(SyntaxNode root, Diagnostic diagnostic)
    {
        if (!diagnostic.Properties.TryGetValue(ArtifactAnalyzer.SuggestedNameProperty, out var name)
            || name is null
            || !root.FullSpan.Contains(diagnostic.Location.SourceSpan))
        {
            return null;
        }

        var argument = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<AttributeArgumentSyntax>()?.Expression;
        return argument is null ? null : (argument, name);
    }
}
