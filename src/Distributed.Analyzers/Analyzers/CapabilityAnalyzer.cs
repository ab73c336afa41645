using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ModularPipelines.Distributed.Analyzers;

/// <summary>MPD0004 (capability name not valid) and MPD0005 (capability required twice, also through inheritance).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CapabilityAnalyzer : ModuleAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.CapabilityInvalid,
        Descriptors.CapabilityRepeated);

    private protected override void Register(CompilationStartAnalysisContext context, KnownTypes known) =>
        context.RegisterSymbolAction(c => Analyze(c, known), SymbolKind.NamedType);

    private static void Analyze(SymbolAnalysisContext context, KnownTypes known)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        Dictionary<string, INamedTypeSymbol>? inherited = null;
        var own = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var attribute in type.GetAttributes())
        {
            if (!KnownTypes.Is(attribute.AttributeClass, known.RequiresCapability))
            {
                continue;
            }

            var capability = attribute.ConstructorArguments is [{ Kind: TypedConstantKind.Primitive } argument] ? argument.Value as string : null;
            if (attribute.ConstructorArguments.Length != 1)
            {
                continue;
            }

            if (!CapabilityNameSyntax.IsValid(capability))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.CapabilityInvalid,
                    AttributeLocations.OfConstructorArgument(attribute, 0, type, context.CancellationToken),
                    capability ?? string.Empty,
                    ModuleFacts.DisplayName(type)));
                continue;
            }

            inherited ??= InheritedCapabilities(type, known);
            string? repeat = !own.Add(capability!)
                ? string.Empty
                : inherited.TryGetValue(capability!, out var declaringBase)
                    ? $" (inherited from '{ModuleFacts.DisplayName(declaringBase)}')"
                    : null;
            if (repeat is not null)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.CapabilityRepeated,
                    AttributeLocations.Of(attribute, type, context.CancellationToken),
                    ModuleFacts.DisplayName(type),
                    capability,
                    repeat));
            }
        }
    }

    /// <summary>The capabilities the base classes require, each with the nearest base that requires it.</summary>
    private static Dictionary<string, INamedTypeSymbol> InheritedCapabilities(INamedTypeSymbol type, KnownTypes known)
    {
        var capabilities = new Dictionary<string, INamedTypeSymbol>(StringComparer.OrdinalIgnoreCase);
        for (var current = type.BaseType; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            foreach (var attribute in current.GetAttributes())
            {
                if (KnownTypes.Is(attribute.AttributeClass, known.RequiresCapability)
                    && attribute.ConstructorArguments is [{ Value: string capability }]
                    && !capabilities.ContainsKey(capability))
                {
                    capabilities.Add(capability, current);
                }
            }
        }

        return capabilities;
    }
}
