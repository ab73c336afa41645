using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using ModularPipelines.Distributed.Analyzers;

namespace ModularPipelines.Distributed.CodeFixes;

/// <summary>MPD0005: removes the <c>[RequiresCapability]</c> that repeats a capability the module already requires.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveRepeatedCapabilityCodeFixProvider))]
[Shared]
public sealed class RemoveRepeatedCapabilityCodeFixProvider : RemoveAttributeCodeFixProvider
{
    /// <summary>The equivalence key of the code action.</summary>
    public const string EquivalenceKey = DiagnosticIds.CapabilityRepeated + ".RemoveRepeatedCapability";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.CapabilityRepeated);

    private protected override string Key => EquivalenceKey;
}
