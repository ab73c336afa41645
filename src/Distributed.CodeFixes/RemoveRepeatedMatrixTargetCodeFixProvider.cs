using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ModularPipelines.Distributed.Analyzers;

namespace ModularPipelines.Distributed.CodeFixes;

/// <summary>MPD0002: removes the repeated target from <c>[MatrixTarget]</c>, however the targets are written.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveRepeatedMatrixTargetCodeFixProvider))]
[Shared]
public sealed class RemoveRepeatedMatrixTargetCodeFixProvider : DocumentCodeFixProvider
{
    /// <summary>The equivalence key of the code action.</summary>
    public const string EquivalenceKey = DiagnosticIds.MatrixTargetRepeated + ".RemoveRepeatedTarget";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.MatrixTargetRepeated);

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root is not null && Element(root, diagnostic) is { } element)
            {
                Register(context, diagnostic, $"Remove the repeated target {Target(element)}", EquivalenceKey);
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

        var elements = diagnostics.Select(d => Element(root, d)).OfType<SyntaxNode>().ToList();
        return elements.Count == 0 ? null : document.WithSyntaxRoot(SyntaxRemoval.Remove(root, elements));
    }

    /// <summary>
    /// The list element holding the target the diagnostic is on: an attribute argument (<c>("a", "a")</c>), an array
    /// initializer element (<c>(new[] { "a", "a" })</c>) or a collection expression element (<c>(["a", "a"])</c>).
    /// </summary>
    private static SyntaxNode? Element(SyntaxNode root, Diagnostic diagnostic)
    {
        if (!root.FullSpan.Contains(diagnostic.Location.SourceSpan)
            || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax target)
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
