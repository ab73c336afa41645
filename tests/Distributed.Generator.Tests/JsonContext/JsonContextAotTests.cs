using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ModularPipelines.Distributed.Generator.Emitter;
using ModularPipelines.Distributed.Generator.Tests.Golden;
using ModularPipelines.Distributed.Generator.Tests.Support;

namespace ModularPipelines.Distributed.Generator.Tests.JsonContext;

/// <summary>
/// What Native AOT and the trimmer would warn about in the generated context, found at the source: every member it
/// calls, typed properties included. (Publishing the sample compiles only the members the runtime reaches, and user
/// code reaches the typed properties.)
/// </summary>
public sealed class JsonContextAotTests
{
    private static readonly string[] s_warningAttributes =
    [
        "System.Diagnostics.CodeAnalysis.RequiresUnreferencedCodeAttribute",
        "System.Diagnostics.CodeAnalysis.RequiresDynamicCodeAttribute",
        "System.Diagnostics.CodeAnalysis.RequiresAssemblyFilesAttribute",
    ];

    [Test]
    public void TheGeneratedContextCallsNothingThatTrimmingOrNativeAotWarnsAbout()
    {
        var run = GeneratorHarness.RunAndAssertCompiles(ObjectResultsGoldenTests.ResultTypes, ObjectResultsGoldenTests.Modules);
        var tree = run.Output.SyntaxTrees.Single(t => t.FilePath.EndsWith(JsonMetadataEmitter.HintName, StringComparison.Ordinal));
        var model = run.Output.GetSemanticModel(tree);

        var flagged = tree.GetRoot().DescendantNodes()
            .Where(n => n is SimpleNameSyntax or BaseObjectCreationExpressionSyntax or ConstructorInitializerSyntax)
            .Select(n => (Node: n, Symbol: model.GetSymbolInfo(n).Symbol))
            .Where(x => x.Symbol is not null && IsFlagged(x.Symbol))
            .Select(x => $"{x.Symbol}: {x.Node}")
            .Distinct()
            .ToList();

        Assert.That(flagged, Is.Empty);
        var reflectionResolver = run.Output.GetTypeByMetadataName("System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver")!.Constructors.Single(c => c.Parameters.IsEmpty);
        Assert.That(IsFlagged(reflectionResolver), Is.True, "the check recognises what the trimmer warns about");
        Assert.That(tree.ToString(), Does.Contain("JsonSerializerContext").And.Contain("ReleaseInfo =>"), "the context and a typed property were checked");
    }

    private static bool IsFlagged(ISymbol symbol)
    {
        IEnumerable<ISymbol> annotated = symbol is IPropertySymbol property
            ? new ISymbol?[] { property, property.GetMethod, property.SetMethod }.OfType<ISymbol>()
            : [symbol];
        return annotated.Append(symbol.ContainingType).OfType<ISymbol>()
            .SelectMany(s => s.GetAttributes())
            .Any(a => s_warningAttributes.Contains(a.AttributeClass?.ToDisplayString()));
    }
}
