using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ModularPipelines.Distributed.CodeFixes;

/// <summary>A fix for a diagnostic reported on an attribute that has no effect: it removes that attribute.</summary>
public abstract class RemoveAttributeCodeFixProvider : DocumentCodeFixProvider
{
    /// <summary>The code action's equivalence key.</summary>
    private protected abstract string Key { get; }

    /// <inheritdoc />
    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root is not null && Attribute(root, diagnostic) is { } attribute)
            {
                Register(context, diagnostic, $"Remove the repeated [{attribute}]", Key);
            }
        }
    }

    private protected sealed override async Task<Document?> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, string? equivalenceKey, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return null;
        }

        var attributes = diagnostics.Select(d => Attribute(root, d)).OfType<SyntaxNode>().ToList();
        return attributes.Count == 0 ? null : document.WithSyntaxRoot(SyntaxRemoval.Remove(root, attributes));
    }

    /// <summary>The attribute the diagnostic is on.</summary>
    private static AttributeSyntax? Attribute(SyntaxNode root, Diagnostic diagnostic) =>
        root.FullSpan.Contains(diagnostic.Location.SourceSpan)
            ? root.FindNode(diagnostic.Location.SourceSpan).FirstAncestorOrSelf<AttributeSyntax>()
            : null;
}
