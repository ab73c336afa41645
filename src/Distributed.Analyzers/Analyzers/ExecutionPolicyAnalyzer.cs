using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ModularPipelines.Distributed.Generator.Parser;

namespace ModularPipelines.Distributed.Analyzers;

/// <summary>
/// MPD0014 (<c>[ModuleTimeout]</c> not positive), MPD0015 (<c>[ModuleRetry]</c> negative) and MPD0019
/// (<c>[NotInParallel]</c> with a blank key): values the generator would silently ignore.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ExecutionPolicyAnalyzer : ModuleAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.TimeoutInvalid,
        Descriptors.RetryInvalid,
        Descriptors.ExclusionKeyBlank);

    private protected override void Register(CompilationStartAnalysisContext context, KnownTypes known) =>
        context.RegisterSymbolAction(c => Analyze(c, known), SymbolKind.NamedType);

    private static void Analyze(SymbolAnalysisContext context, KnownTypes known)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        foreach (var attribute in type.GetAttributes())
        {
            if (KnownTypes.Is(attribute.AttributeClass, known.ModuleTimeout))
            {
                AnalyzeTimeout(context, type, attribute);
            }
            else if (KnownTypes.Is(attribute.AttributeClass, known.ModuleRetry))
            {
                AnalyzeRetry(context, type, attribute);
            }
            else if (KnownTypes.Is(attribute.AttributeClass, known.NotInParallel))
            {
                AnalyzeExclusionKeys(context, type, attribute);
            }
        }
    }

    private static void AnalyzeTimeout(SymbolAnalysisContext context, INamedTypeSymbol type, AttributeData attribute)
    {
        if (attribute.ConstructorArguments is [{ Value: double seconds }] && !(seconds > 0 && !double.IsInfinity(seconds)))
        {
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.TimeoutInvalid,
                AttributeLocations.OfConstructorArgument(attribute, 0, type, context.CancellationToken),
                seconds.ToString(CultureInfo.InvariantCulture),
                ModuleFacts.DisplayName(type)));
        }
    }

    private static void AnalyzeRetry(SymbolAnalysisContext context, INamedTypeSymbol type, AttributeData attribute)
    {
        if (attribute.ConstructorArguments is [{ Value: int retries }] && retries < 0)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.RetryInvalid,
                AttributeLocations.OfConstructorArgument(attribute, 0, type, context.CancellationToken),
                ModuleFacts.DisplayName(type),
                "retry count",
                retries.ToString(CultureInfo.InvariantCulture)));
        }

        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == KnownNames.RetryBackoffProperty && argument.Value.Value is int backoff && backoff < 0)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.RetryInvalid,
                    AttributeLocations.OfNamedArgument(attribute, argument.Key, type, context.CancellationToken),
                    ModuleFacts.DisplayName(type),
                    KnownNames.RetryBackoffProperty,
                    backoff.ToString(CultureInfo.InvariantCulture)));
            }
        }
    }

    private static void AnalyzeExclusionKeys(SymbolAnalysisContext context, INamedTypeSymbol type, AttributeData attribute)
    {
        var keys = ModuleFacts.StringElements(attribute);
        for (var i = 0; i < keys.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(keys[i]))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.ExclusionKeyBlank,
                    AttributeLocations.OfParamsElement(attribute, i, type, context.CancellationToken),
                    ModuleFacts.DisplayName(type)));
            }
        }
    }
}
