using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ModularPipelines.Distributed.Analyzers;
using ModularPipelines.Distributed.Generator.Parser;

namespace ModularPipelines.Distributed.CodeFixes;

/// <summary>
/// MPD0006: two fixes, remove <c>[PinToMaster]</c> (the module becomes a matrix spread over workers) or remove
/// <c>[MatrixTarget]</c> (the module runs once, on the master). Each is offered when the module's declaration in the
/// document carries that attribute; one inherited from a base class is left to the base.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PinnedMatrixCodeFixProvider))]
[Shared]
public sealed class PinnedMatrixCodeFixProvider : DocumentCodeFixProvider
{
    /// <summary>The equivalence key of the fix that removes <c>[PinToMaster]</c>.</summary>
    public const string RemovePinToMasterKey = DiagnosticIds.PinnedMatrix + ".RemovePinToMaster";

    /// <summary>The equivalence key of the fix that removes <c>[MatrixTarget]</c>.</summary>
    public const string RemoveMatrixTargetKey = DiagnosticIds.PinnedMatrix + ".RemoveMatrixTarget";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.PinnedMatrix);

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (Attributes(root, model, diagnostic, KnownNames.PinToMaster, context.CancellationToken).Count > 0)
            {
                Register(context, diagnostic, "Remove [PinToMaster]: run the matrix on the workers", RemovePinToMasterKey);
            }

            if (Attributes(root, model, diagnostic, KnownNames.MatrixTarget, context.CancellationToken).Count > 0)
            {
                Register(context, diagnostic, "Remove [MatrixTarget]: run the module once, on the master", RemoveMatrixTargetKey);
            }
        }
    }

    private protected override async Task<Document?> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, string? equivalenceKey, CancellationToken cancellationToken)
    {
        var attributeName = equivalenceKey switch
        {
            RemovePinToMasterKey => KnownNames.PinToMaster,
            RemoveMatrixTargetKey => KnownNames.MatrixTarget,
            _ => null,
        };
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (attributeName is null || root is null || model is null)
        {
            return null;
        }

        var attributes = diagnostics.SelectMany(d => Attributes(root, model, d, attributeName, cancellationToken)).ToList();
        return attributes.Count == 0 ? null : document.WithSyntaxRoot(SyntaxRemoval.Remove(root, attributes));
    }

    /// <summary>The attributes of the given type on the declarations, in this document, of the class the diagnostic is on.</summary>
    private static List<AttributeSyntax> Attributes(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, string attributeName, CancellationToken cancellationToken)
    {
        if (!root.FullSpan.Contains(diagnostic.Location.SourceSpan)
            || root.FindNode(diagnostic.Location.SourceSpan).FirstAncestorOrSelf<ClassDeclarationSyntax>() is not { } declaration
            || model.GetDeclaredSymbol(declaration, cancellationToken) is not INamedTypeSymbol type)
        {
            return new List<AttributeSyntax>();
        }

        return type.DeclaringSyntaxReferences
            .Where(r => r.SyntaxTree == root.SyntaxTree)
            .Select(r => r.GetSyntax(cancellationToken))
            .OfType<ClassDeclarationSyntax>()
            .SelectMany(c => c.AttributeLists)
            .SelectMany(l => l.Attributes)
            .Where(a => SymbolFacts.IsAttribute(model, a, attributeName, cancellationToken))
            .ToList();
    }
}
