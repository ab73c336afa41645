using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ModularPipelines.Distributed.Generator.Parser;

namespace ModularPipelines.Distributed.Analyzers;

/// <summary>
/// MPD0006 (<c>[PinToMaster]</c> with <c>[MatrixTarget]</c>) and MPD0007 (<c>[PinToMaster]</c> with
/// <c>[RequiresCapability]</c>). Inherited attributes count; the diagnostic goes to the class that declares one of
/// the two, so a combination made in a base class is reported once, on that base.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PlacementAnalyzer : ModuleAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.PinnedMatrix,
        Descriptors.PinnedWithCapability);

    private protected override void Register(CompilationStartAnalysisContext context, KnownTypes known) =>
        context.RegisterSymbolAction(c => Analyze(c, known), SymbolKind.NamedType);

    private static void Analyze(SymbolAnalysisContext context, KnownTypes known)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (!ModuleRecognition.IsModuleClass(type) || !ModuleFacts.Has(type, known.PinToMaster))
        {
            return;
        }

        var own = type.GetAttributes();
        var ownPin = own.FirstOrDefault(a => KnownTypes.Is(a.AttributeClass, known.PinToMaster));
        var ownMatrix = own.FirstOrDefault(a => KnownTypes.Is(a.AttributeClass, known.MatrixTarget));
        if ((ownPin ?? ownMatrix) is { } matrixAnchor && ModuleFacts.Has(type, known.MatrixTarget))
        {
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.PinnedMatrix,
                AttributeLocations.Of(matrixAnchor, type, context.CancellationToken),
                ModuleFacts.DisplayName(type)));
        }

        // The master advertises its OS name by itself, and an optional capability it lacks skips the module with a
        // reason: neither needs a --capability on the master.
        var capabilities = type.GetAttributesIncludingInherited()
            .Where(a => KnownTypes.Is(a.AttributeClass, known.RequiresCapability) && !ModuleAttributes.IsOptional(a))
            .Select(a => a.ConstructorArguments is [{ Value: string capability }] ? capability : null)
            .Where(c => CapabilityNameSyntax.IsValid(c) && !CapabilityNameSyntax.IsOperatingSystem(c))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        var ownCapability = own.FirstOrDefault(a => KnownTypes.Is(a.AttributeClass, known.RequiresCapability));
        if ((ownPin ?? ownCapability) is { } capabilityAnchor && capabilities.Count > 0)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.PinnedWithCapability,
                AttributeLocations.Of(capabilityAnchor, type, context.CancellationToken),
                ModuleFacts.DisplayName(type),
                (capabilities.Count == 1 ? "the capability " : "the capabilities ") + string.Join(", ", capabilities.Select(c => "'" + c + "'"))));
        }
    }
}
