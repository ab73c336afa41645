using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using ModularPipelines.Distributed.Analyzers.Tests.Support;
using ModularPipelines.Distributed.Generator;
using static ModularPipelines.Distributed.Analyzers.Tests.Support.Modules;

namespace ModularPipelines.Distributed.Analyzers.Tests.SharedRules;

/// <summary>
/// A skip condition's generated factory calls its constructor exactly when the analyzers do not report MPD0022, and
/// throws exactly when they do: both ask the generator's <c>SkipConditionRule</c>.
/// </summary>
public sealed class SkipConditionAgreementTests
{
    private const string Skip = "public ValueTask<string?> ShouldSkipAsync(IModuleContext context, CancellationToken cancellationToken) => default;";

    [TestCase("OnlyOnCi", "", true)]
    [TestCase("OnlyOnMain", "public sealed class OnlyOnMain() : OnlyOnBranch(\"main\");", true)]
    [TestCase("Injected", "public sealed class Injected(IServiceProvider services) : ISkipCondition { SKIP }", true)]
    [TestCase("Valued", "public struct Valued : ISkipCondition { SKIP }", true)]
    [TestCase("Named", "public sealed class Named : ISkipCondition { public required string Name { get; init; } [System.Diagnostics.CodeAnalysis.SetsRequiredMembers] public Named() { Name = \"\"; } SKIP }", true)]
    [TestCase("OnlyOnBranch", "", false)]
    [TestCase("ISkipCondition", "", false)]
    [TestCase("Locked", "public sealed class Locked : ISkipCondition { private Locked() { } SKIP }", false)]
    [TestCase("Named", "public sealed class Named : ISkipCondition { public required string Name { get; init; } SKIP }", false)]
    [TestCase("Outer.Nested", "public class Outer { protected internal sealed class Nested : ISkipCondition { SKIP } }", true)]
    public async Task A_condition_is_constructed_by_the_generated_factory_exactly_when_the_analyzers_do_not_report_it(string condition, string declaration, bool constructed)
    {
        var compilation = AgreementCompilation.Compile($$"""
            namespace Sample;

            {{declaration.Replace("SKIP", Skip, StringComparison.Ordinal)}}

            [SkipIf<{{condition}}>]
            public sealed class Deploy : Module<string> { {{Execute}} }
            """);

        var generated = CSharpGeneratorDriver.Create(new PipelineGenerator().AsSourceGenerator()).RunGenerators(compilation).GetRunResult();
        var diagnostics = await compilation.WithAnalyzers([new SkipConditionAnalyzer()]).GetAnalyzerDiagnosticsAsync();

        var graph = generated.GeneratedTrees.Single(t => t.FilePath.EndsWith("ModularPipelines.Distributed.Graph.g.cs", StringComparison.Ordinal)).ToString();
        var reported = diagnostics.Where(d => d.Id == DiagnosticIds.SkipConditionNotConstructible).Select(d => d.ToString()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(graph.Contains("static services => throw", StringComparison.Ordinal), Is.EqualTo(!constructed), "the factory throws");
            Assert.That(reported, constructed ? Is.Empty : Is.Not.Empty, "reported as MPD0022");
        });
    }
}
