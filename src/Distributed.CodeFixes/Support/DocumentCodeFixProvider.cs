using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace ModularPipelines.Distributed.CodeFixes;

/// <summary>
/// A fix that changes only the document of its diagnostic. One diagnostic and Fix All go through the same
/// <see cref="FixAsync"/>, which sees every diagnostic of a document at once, so that fixes touching the same list or
/// class are combined instead of conflicting (<c>BatchFixer</c> would drop overlapping edits).
/// </summary>
public abstract class DocumentCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc />
    public sealed override FixAllProvider GetFixAllProvider() =>
        FixAllProvider.Create((context, document, diagnostics) => FixAsync(document, diagnostics, context.CodeActionEquivalenceKey, context.CancellationToken));

    /// <summary>Fixes the diagnostics of one document, the way the code action named by <paramref name="equivalenceKey"/> does.</summary>
    /// <returns>The fixed document, or null when nothing could be fixed.</returns>
    private protected abstract Task<Document?> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, string? equivalenceKey, CancellationToken cancellationToken);

    /// <summary>Registers a code action that applies <see cref="FixAsync"/> to the one diagnostic.</summary>
    private protected void Register(CodeFixContext context, Diagnostic diagnostic, string title, string equivalenceKey) =>
        context.RegisterCodeFix(
            CodeAction.Create(
                title,
                async cancellationToken => await FixAsync(context.Document, ImmutableArray.Create(diagnostic), equivalenceKey, cancellationToken).ConfigureAwait(false) ?? context.Document,
                equivalenceKey),
            diagnostic);
}
