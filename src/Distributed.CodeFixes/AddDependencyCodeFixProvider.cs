using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using ModularPipelines.Distributed.Analyzers;
using ModularPipelines.Distributed.Generator.Parser;

namespace ModularPipelines.Distributed.CodeFixes;

/// <summary>
/// MPD0010: adds <c>[DependsOn&lt;T&gt;]</c> for the module read with <c>GetModule&lt;T&gt;()</c> to the module class the
/// call is in. Names are written fully qualified and simplified, and a missing <c>using</c> is added, so the attribute
/// reads as the rest of the file does. Fix All adds each dependency once per class.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddDependencyCodeFixProvider))]
[Shared]
public sealed class AddDependencyCodeFixProvider : DocumentCodeFixProvider
{
    /// <summary>The equivalence key of the code action.</summary>
    public const string EquivalenceKey = DiagnosticIds.UndeclaredDependency + ".AddDependsOn";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.UndeclaredDependency);

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
            if (Find(root, model, diagnostic, context.CancellationToken) is { } found)
            {
                Register(context, diagnostic, $"Add [DependsOn<{found.Dependency.Name}>] to '{found.Declaration.Identifier.ValueText}'", EquivalenceKey);
            }
        }
    }

    private protected override async Task<Document?> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, string? equivalenceKey, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var dependsOn = model?.Compilation.GetTypeByMetadataName(KnownNames.FullName(KnownNames.DependsOn));
        if (root is null || model is null || dependsOn is null)
        {
            return null;
        }

        // Each class gets each dependency once, in the order the reads appear.
        var additions = new Dictionary<ClassDeclarationSyntax, List<INamedTypeSymbol>>();
        foreach (var diagnostic in diagnostics.OrderBy(d => d.Location.SourceSpan.Start))
        {
            if (Find(root, model, diagnostic, cancellationToken) is { } found)
            {
                if (!additions.TryGetValue(found.Declaration, out var dependencies))
                {
                    additions.Add(found.Declaration, dependencies = new List<INamedTypeSymbol>());
                }

                if (!dependencies.Contains(found.Dependency, SymbolEqualityComparer.Default))
                {
                    dependencies.Add(found.Dependency);
                }
            }
        }

        if (additions.Count == 0)
        {
            return null;
        }

        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        var generator = editor.Generator;
        foreach (var pair in additions)
        {
            foreach (var dependency in pair.Value)
            {
                var attribute = generator.Attribute(generator.TypeExpression(dependsOn.Construct(dependency)))
                    .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation, Formatter.Annotation);
                editor.AddAttribute(pair.Key, attribute);
            }
        }

        return editor.GetChangedDocument();
    }

    /// <summary>The class declaration of the module the diagnosed call is in, and the module the call reads.</summary>
    private static (ClassDeclarationSyntax Declaration, INamedTypeSymbol Dependency)? Find(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (!root.FullSpan.Contains(diagnostic.Location.SourceSpan)
            || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<InvocationExpressionSyntax>() is not { } invocation)
        {
            return null;
        }

        var symbolInfo = model.GetSymbolInfo(invocation, cancellationToken);
        var method = symbolInfo.Symbol as IMethodSymbol ?? symbolInfo.CandidateSymbols.OfType<IMethodSymbol>().FirstOrDefault();
        if (method is not { TypeArguments: [INamedTypeSymbol { TypeKind: not TypeKind.Error } dependency] })
        {
            return null;
        }

        foreach (var declaration in invocation.Ancestors().OfType<ClassDeclarationSyntax>())
        {
            if (model.GetDeclaredSymbol(declaration, cancellationToken) is INamedTypeSymbol type && ModuleRecognition.IsModuleClass(type))
            {
                return (declaration, dependency);
            }
        }

        return null;
    }
}
