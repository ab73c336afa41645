using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ModularPipelines.Distributed.Generator.Parser;

namespace ModularPipelines.Distributed.Analyzers;

/// <summary>
/// MPD0022: a <c>[SkipIf&lt;T&gt;]</c> or <c>[IgnoreFailureIf&lt;T&gt;]</c> whose condition generated code cannot construct.
/// The attributes' constraint (<c>T : ISkipCondition</c>) lets interfaces, abstract classes and classes without an accessible constructor through;
/// the generator's own rule (<see cref="SkipConditionRule"/>) decides, so the diagnostic is reported exactly where the
/// generated factory would throw.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SkipConditionAnalyzer : ModuleAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SkipConditionNotConstructible);

    private protected override void Register(CompilationStartAnalysisContext context, KnownTypes known)
    {
        if (known.SkipIf is not null || known.IgnoreFailureIf is not null)
        {
            context.RegisterSymbolAction(Analyze, SymbolKind.NamedType);
        }
    }

    private static void Analyze(SymbolAnalysisContext context)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        foreach (var attribute in type.GetAttributes())
        {
            if (SkipConditionRule.ConditionOf(attribute) is { } condition
                && SkipConditionRule.WhyNotConstructible(condition, context.CancellationToken) is { } reason)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.SkipConditionNotConstructible,
                    AttributeLocations.OfTypeArgument(attribute, type, context.CancellationToken),
                    KnownNames.WithoutAttributeSuffix(attribute.AttributeClass!.Name),
                    ModuleFacts.DisplayName(condition),
                    ModuleFacts.DisplayName(type),
                    reason));
            }
        }
    }
}
