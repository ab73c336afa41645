using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using ModularPipelines.Distributed.Analyzers;

namespace ModularPipelines.Distributed.CodeFixes;

/// <summary>MPD0024: removes the <c>[ProducesArtifact]</c> that repeats a name the module already produces.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveRepeatedArtifactCodeFixProvider))]
[Shared]
public sealed class RemoveRepeatedArtifactCodeFixProvider : RemoveAttributeCodeFixProvider
{
    /// <summary>The equivalence key of the code action.</summary>
    public const string EquivalenceKey = DiagnosticIds.ArtifactProducedTwice + ".RemoveRepeatedArtifact";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.ArtifactProducedTwice);

    private protected override string Key => EquivalenceKey;
}
