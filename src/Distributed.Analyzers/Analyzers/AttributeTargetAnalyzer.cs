using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ModularPipelines.Distributed.Generator.Parser;

namespace ModularPipelines.Distributed.Analyzers;

/// <summary>
/// MPD0003 (a distributed attribute on a class the generator never builds) and MPD0016 (a module class the
/// generator leaves out of the pipeline). Attributes on an abstract class deriving from <c>Module&lt;T&gt;</c> are
/// allowed: every attribute is <c>Inherited = true</c> and the generator reads them from the concrete modules.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AttributeTargetAnalyzer : ModuleAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.AttributeOnNonModule,
        Descriptors.ModuleNotInGraph);

    private protected override void Register(CompilationStartAnalysisContext context, KnownTypes known) =>
        context.RegisterSymbolAction(c => Analyze(c, known), SymbolKind.NamedType);

    private static void Analyze(SymbolAnalysisContext context, KnownTypes known)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        var attributes = type.GetAttributes().Where(a => known.IsModuleAttribute(a.AttributeClass)).ToList();
        var isModule = ModuleRecognition.IsModuleClass(type);
        string? reason = !isModule
            ? "which does not derive from Module<T>"
            : !type.IsAbstract && type.IsGenericType
                ? "a generic class that the generator never builds"
                : null;
        if (reason is not null)
        {
            foreach (var attribute in attributes)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.AttributeOnNonModule,
                    AttributeLocations.Of(attribute, type, context.CancellationToken),
                    ModuleFacts.AttributeName(attribute),
                    ModuleFacts.DisplayName(type),
                    reason));
            }
        }

        if (!isModule || type.IsAbstract || (type.IsGenericType && attributes.Count > 0))
        {
            return;
        }

        // The generator's own rule (ModuleRecognition.IsEmittable), with the reason for each way it can fail.
        var leftOut = type.IsGenericType
            ? "it is generic; make it abstract if it is a base class for modules, or make it non-generic"
            : ConstructionRule.WhyNotConstructible(type, context.CancellationToken);
        if (leftOut is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.ModuleNotInGraph,
                AttributeLocations.OfType(type),
                ModuleFacts.DisplayName(type),
                leftOut));
        }
    }
}
