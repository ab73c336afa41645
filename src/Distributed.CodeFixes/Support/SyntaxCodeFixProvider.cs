using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace ModularPipelines.Distributed.CodeFixes;

/// <summary>
/// A fix decided by syntax alone: it finds, for each diagnostic, the piece of syntax to change (<typeparamref name="TTarget"/>),
/// names the action after it, and rewrites the document once for all of a document's targets, so Fix All combines them.
/// </summary>
/// <typeparam name="TTarget">What the fix needs to know about one diagnostic's syntax.</typeparam>
public abstract class SyntaxCodeFixProvider<TTarget> : DocumentCodeFixProvider
    where TTarget : class
{
    /// <summary>The code action's equivalence key.</summary>
    private protected abstract string Key { get; }

    /// <inheritdoc />
    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root is not null && root.FullSpan.Contains(diagnostic.Location.SourceSpan) && Find(root, diagnostic) is { } target)
            {
                Register(context, diagnostic, Title(target), Key);
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

        var targets = diagnostics.Where(d => root.FullSpan.Contains(d.Location.SourceSpan)).Select(d => Find(root, d)).OfType<TTarget>().ToList();
        return targets.Count == 0 ? null : document.WithSyntaxRoot(Apply(root, targets));
    }

    /// <summary>The syntax the diagnostic asks to change (its span is inside <paramref name="root"/>), or null when there is nothing to fix.</summary>
    private protected abstract TTarget? Find(SyntaxNode root, Diagnostic diagnostic);

    /// <summary>The code action's title for one target.</summary>
    private protected abstract string Title(TTarget target);

    /// <summary>The root with every target changed.</summary>
    private protected abstract SyntaxNode Apply(SyntaxNode root, IReadOnlyList<TTarget> targets);
}
