using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using ModularPipelines.Distributed.Analyzers;

namespace ModularPipelines.Distributed.CodeFixes;

/// <summary>MPD0017: removes the <c>[DependsOn&lt;T&gt;]</c> that repeats a dependency the module already has.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveRepeatedDependencyCodeFixProvider))]
[Shared]
public sealed class RemoveRepeatedDependencyCodeFixProvider : RemoveAttributeCodeFixProvider
{
    /// <summary>The equivalence key of the code action.</summary>
    public const string EquivalenceKey = DiagnosticIds.DependencyRepeated + ".RemoveRepeatedDependency";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.DependencyRepeated);

    private protected override string Key => EquivalenceKey;
}
