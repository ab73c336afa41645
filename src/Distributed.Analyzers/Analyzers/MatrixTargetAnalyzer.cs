using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ModularPipelines.Distributed.Analyzers;

/// <summary>MPD0001 (no or blank targets), MPD0002 (repeated target), MPD0020 (target that is not a capability name).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MatrixTargetAnalyzer : ModuleAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.MatrixTargetMissing,
        Descriptors.MatrixTargetRepeated,
        Descriptors.MatrixTargetInvalid);

    private protected override void Register(CompilationStartAnalysisContext context, KnownTypes known) =>
        context.RegisterSymbolAction(c => Analyze(c, known), SymbolKind.NamedType);

    private static void Analyze(SymbolAnalysisContext context, KnownTypes known)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        foreach (var attribute in type.GetAttributes())
        {
            if (KnownTypes.Is(attribute.AttributeClass, known.MatrixTarget))
            {
                AnalyzeAttribute(context, type, attribute);
            }
        }
    }

    private static void AnalyzeAttribute(SymbolAnalysisContext context, INamedTypeSymbol type, AttributeData attribute)
    {
        var name = ModuleFacts.DisplayName(type);
        if (ModuleFacts.HasNoElements(attribute))
        {
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.MatrixTargetMissing,
                AttributeLocations.Of(attribute, type, context.CancellationToken),
                name,
                "has no targets: list at least one, for example [MatrixTarget(\"linux\", \"windows\")]"));
            return;
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var targets = ModuleFacts.StringElements(attribute);
        for (var i = 0; i < targets.Count; i++)
        {
            var target = targets[i];
            var location = AttributeLocations.OfParamsElement(attribute, i, type, context.CancellationToken);
            if (string.IsNullOrWhiteSpace(target))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.MatrixTargetMissing,
                    location,
                    name,
                    "has a blank target: give it a name or remove it"));
            }
            else if (!seen.Add(target!.Trim()))
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.MatrixTargetRepeated, location, name, target));
            }
            else if (!CapabilityNameSyntax.IsValid(target.Trim()))
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.MatrixTargetInvalid, location, target, name));
            }
        }
    }
}
