using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using ModularPipelines.Distributed.Analyzers;
using ModularPipelines.Distributed.Generator.Parser;

namespace ModularPipelines.Distributed.CodeFixes;

/// <summary>
/// MPD0012: adds <c>[JsonSerializable(typeof(T))]</c> for the module's result type to the context named by
/// <c>[assembly: PipelineJsonContext(typeof(X))]</c>, wherever in the project X is declared. Without a registered
/// context it adds a document with a new <c>PipelineJsonContext</c> and registers it. Fix All puts every result type of
/// the scope into the one context (and creates at most one per project).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddToJsonContextCodeFixProvider))]
[Shared]
public sealed class AddToJsonContextCodeFixProvider : CodeFixProvider
{
    /// <summary>The equivalence key of the code action.</summary>
    public const string EquivalenceKey = DiagnosticIds.ResultTypeNotSerializable + ".AddJsonSerializable";

    /// <summary>The name of the context class (and, with <c>.cs</c>, of its document) the fix creates when none is registered.</summary>
    public const string NewContextName = "PipelineJsonContext";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.ResultTypeNotSerializable);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => new FixAll();

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        var project = context.Document.Project;
        foreach (var diagnostic in context.Diagnostics)
        {
            if (ResultType(root, model, diagnostic, context.CancellationToken) is not { } found)
            {
                continue;
            }

            var registered = RegisteredContext(model.Compilation);
            if (registered is not null && ContextDeclaration(project.Solution, registered, context.CancellationToken) is null)
            {
                // A context from metadata, or generated: nothing this fix can edit.
                continue;
            }

            var resultName = found.ResultType.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);
            var title = registered is null
                ? $"Add a JsonSerializerContext with [JsonSerializable(typeof({resultName}))] and register it"
                : $"Add [JsonSerializable(typeof({resultName}))] to '{registered.Name}'";
            var requests = ImmutableArray.Create(found);
            context.RegisterCodeFix(
                CodeAction.Create(title, cancellationToken => AddAsync(project, requests, cancellationToken), EquivalenceKey),
                diagnostic);
        }
    }

    /// <summary>Adds the result types to the project's registered context, or to a new one.</summary>
    private static async Task<Solution> AddAsync(Project project, ImmutableArray<Request> requests, CancellationToken cancellationToken)
    {
        var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
        if (compilation is null || requests.IsEmpty)
        {
            return project.Solution;
        }

        var types = requests.Select(r => Unannotated(r.ResultType)).Distinct(SymbolEqualityComparer.Default).OfType<ITypeSymbol>().ToList();
        var registered = RegisteredContext(compilation);
        if (registered is null)
        {
            return await CreateContextAsync(project, compilation, requests[0].Module, types, cancellationToken).ConfigureAwait(false);
        }

        if (ContextDeclaration(project.Solution, registered, cancellationToken) is not { } declaration)
        {
            return project.Solution;
        }

        var document = project.Solution.GetDocument(declaration.SyntaxTree)!;
        var serializable = compilation.GetTypeByMetadataName(JsonKnownTypes.FullName(JsonKnownTypes.JsonSerializable));
        if (serializable is null)
        {
            return project.Solution;
        }

        var present = registered.GetAttributes()
            .Where(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, serializable))
            .Select(a => a.ConstructorArguments is [{ Value: ITypeSymbol root }] ? root : null)
            .OfType<ITypeSymbol>()
            .ToList();
        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        var generator = editor.Generator;
        foreach (var type in types.Where(t => !present.Contains(t, SymbolEqualityComparer.Default)))
        {
            var attribute = generator.Attribute(
                    generator.TypeExpression(serializable),
                    new[] { generator.TypeOfExpression(generator.TypeExpression(type)) })
                .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation, Formatter.Annotation);
            editor.AddAttribute(declaration, attribute);
        }

        return editor.GetChangedDocument().Project.Solution;
    }

    /// <summary>A new document with a <c>PipelineJsonContext</c> for the types, registered with an assembly attribute.</summary>
    private static async Task<Solution> CreateContextAsync(Project project, Compilation compilation, INamedTypeSymbol module, IReadOnlyList<ITypeSymbol> types, CancellationToken cancellationToken)
    {
        var ns = module.ContainingNamespace is { IsGlobalNamespace: false } containing ? containing.ToDisplayString() : null;
        var name = NewContextName;
        for (var i = 2; compilation.GetTypeByMetadataName(ns is null ? name : ns + "." + name) is not null; i++)
        {
            name = NewContextName + i;
        }

        var fileScoped = project.ParseOptions is CSharpParseOptions { LanguageVersion: >= LanguageVersion.CSharp10 };
        var contextName = ns is null ? "global::" + name : "global::" + ns + "." + name;
        var text = new StringBuilder()
            .Append("using ").Append(JsonKnownTypes.SerializationNamespace).Append(";\n\n")
            .Append("[assembly: ").Append(KnownNames.FullName(KnownNames.WithoutAttributeSuffix(KnownNames.PipelineJsonContext)))
            .Append("(typeof(").Append(contextName).Append("))]\n\n");
        var indent = string.Empty;
        if (ns is not null)
        {
            text.Append("namespace ").Append(ns).Append(fileScoped ? ";\n\n" : "\n{\n");
            indent = fileScoped ? string.Empty : "    ";
        }

        text.Append(indent).Append("/// <summary>Serializes the module results the generated JSON metadata cannot describe.</summary>\n");
        foreach (var type in types)
        {
            text.Append(indent).Append('[').Append(KnownNames.WithoutAttributeSuffix(JsonKnownTypes.JsonSerializable)).Append("(typeof(").Append(type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)).Append("))]\n");
        }

        text.Append(indent).Append("internal sealed partial class ").Append(name).Append(" : ").Append(JsonKnownTypes.JsonSerializerContext).Append('\n')
            .Append(indent).Append("{\n")
            .Append(indent).Append("}\n");
        if (ns is not null && !fileScoped)
        {
            text.Append("}\n");
        }

        var root = CSharpSyntaxTree.ParseText(text.ToString(), (CSharpParseOptions?)project.ParseOptions, cancellationToken: cancellationToken).GetRoot(cancellationToken);

        var fileName = name + ".cs";
        var existing = new HashSet<string>(project.Documents.Select(d => d.Name), System.StringComparer.OrdinalIgnoreCase);
        for (var i = 2; existing.Contains(fileName); i++)
        {
            fileName = name + i + ".cs";
        }

        var directory = project.FilePath is { } projectPath ? Path.GetDirectoryName(projectPath) : null;
        var id = DocumentId.CreateNewId(project.Id, fileName);
        var solution = project.Solution.AddDocument(id, fileName, root, filePath: directory is null ? null : Path.Combine(directory, fileName));

        // The names are written fully qualified; now that the document is in the compilation, write each as simply as it
        // reads there (code action clean-up does not simplify added documents).
        var document = solution.GetDocument(id)!;
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var added = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (model is null || added is null)
        {
            return solution;
        }

        var simplified = added.ReplaceNodes(
            added.DescendantNodes().OfType<TypeOfExpressionSyntax>(),
            (original, _) => model.GetTypeInfo(original.Type, cancellationToken).Type is { TypeKind: not TypeKind.Error } type
                ? original.WithType(SyntaxFactory.ParseTypeName(type.ToMinimalDisplayString(model, original.Type.SpanStart)).WithTriviaFrom(original.Type))
                : original);
        return solution.WithDocumentSyntaxRoot(id, simplified);
    }

    /// <summary>The context named by <c>[assembly: PipelineJsonContext(typeof(X))]</c>, or null.</summary>
    private static INamedTypeSymbol? RegisteredContext(Compilation compilation)
    {
        var attributeType = compilation.GetTypeByMetadataName(KnownNames.FullName(KnownNames.PipelineJsonContext));
        return compilation.Assembly.GetAttributes()
            .Where(a => attributeType is not null && SymbolEqualityComparer.Default.Equals(a.AttributeClass, attributeType))
            .Select(a => a.ConstructorArguments is [{ Value: INamedTypeSymbol { TypeKind: not TypeKind.Error } type }] ? type : null)
            .FirstOrDefault(t => t is not null);
    }

    /// <summary>
    /// The declaration of the context to add to: in a document of the solution (not generated), preferring one that
    /// already has <c>[JsonSerializable]</c> lines.
    /// </summary>
    private static ClassDeclarationSyntax? ContextDeclaration(Solution solution, INamedTypeSymbol context, CancellationToken cancellationToken)
    {
        var declarations = context.DeclaringSyntaxReferences
            .Where(r => solution.GetDocument(r.SyntaxTree) is not null)
            .Select(r => r.GetSyntax(cancellationToken))
            .OfType<ClassDeclarationSyntax>()
            .ToList();
        return declarations.FirstOrDefault(d => d.AttributeLists.SelectMany(l => l.Attributes).Any(a => a.Name.ToString().Contains("JsonSerializable")))
            ?? declarations.FirstOrDefault();
    }

    /// <summary>The module the diagnostic is on and its result type.</summary>
    private static Request? ResultType(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (!root.FullSpan.Contains(diagnostic.Location.SourceSpan)
            || root.FindNode(diagnostic.Location.SourceSpan).FirstAncestorOrSelf<ClassDeclarationSyntax>() is not { } declaration
            || model.GetDeclaredSymbol(declaration, cancellationToken) is not INamedTypeSymbol module
            || ModuleRecognition.ResultTypeOf(module) is not { TypeKind: not TypeKind.Error and not TypeKind.TypeParameter } resultType)
        {
            return null;
        }

        return new Request(module, resultType);
    }

    /// <summary><c>typeof</c> takes no nullable reference annotation.</summary>
    private static ITypeSymbol Unannotated(ITypeSymbol type) =>
        type.IsReferenceType ? type.WithNullableAnnotation(NullableAnnotation.None) : type;

    /// <summary>A module whose result type is to be registered.</summary>
    private sealed class Request
    {
        public Request(INamedTypeSymbol module, ITypeSymbol resultType)
        {
            Module = module;
            ResultType = resultType;
        }

        public INamedTypeSymbol Module { get; }

        public ITypeSymbol ResultType { get; }
    }

    /// <summary>Fix All: one change per project, with every result type of the scope.</summary>
    private sealed class FixAll : FixAllProvider
    {
        public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() =>
            new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

        public override Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext) =>
            Task.FromResult<CodeAction?>(CodeAction.Create(
                "Add every unserializable result type to the pipeline's JsonSerializerContext",
                cancellationToken => FixAsync(fixAllContext, cancellationToken),
                fixAllContext.CodeActionEquivalenceKey));

        private static async Task<Solution> FixAsync(FixAllContext context, CancellationToken cancellationToken)
        {
            var diagnostics = new List<Diagnostic>();
            switch (context.Scope)
            {
                case FixAllScope.Document when context.Document is not null:
                    diagnostics.AddRange(await context.GetDocumentDiagnosticsAsync(context.Document).ConfigureAwait(false));
                    break;
                case FixAllScope.Project:
                    diagnostics.AddRange(await context.GetAllDiagnosticsAsync(context.Project).ConfigureAwait(false));
                    break;
                case FixAllScope.Solution:
                    foreach (var project in context.Solution.Projects)
                    {
                        diagnostics.AddRange(await context.GetAllDiagnosticsAsync(project).ConfigureAwait(false));
                    }

                    break;
            }

            var solution = context.Solution;
            foreach (var byProject in diagnostics.Where(d => d.Location.IsInSource).GroupBy(d => solution.GetDocument(d.Location.SourceTree)?.Project.Id))
            {
                if (byProject.Key is null)
                {
                    continue;
                }

                var requests = new List<Request>();
                foreach (var diagnostic in byProject.OrderBy(d => d.Location.SourceTree!.FilePath, System.StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start))
                {
                    var document = solution.GetDocument(diagnostic.Location.SourceTree)!;
                    var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                    var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
                    if (root is not null && model is not null && ResultType(root, model, diagnostic, cancellationToken) is { } request)
                    {
                        requests.Add(request);
                    }
                }

                // Symbols of the solution before this project's change: fine to read, since projects are fixed one by one.
                solution = await AddAsync(solution.GetProject(byProject.Key)!, requests.ToImmutableArray(), cancellationToken).ConfigureAwait(false);
            }

            return solution;
        }
    }
}
