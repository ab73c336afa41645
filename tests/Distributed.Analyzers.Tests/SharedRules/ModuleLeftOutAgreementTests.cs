using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using ModularPipelines.Distributed.Analyzers.Tests.Support;
using ModularPipelines.Distributed.Generator;
using static ModularPipelines.Distributed.Analyzers.Tests.Support.Modules;

namespace ModularPipelines.Distributed.Analyzers.Tests.SharedRules;

/// <summary>
/// A concrete class deriving from <c>Module&lt;T&gt;</c> is either built into the graph by the generator or reported by
/// the analyzers as left out (MPD0003, MPD0016), never both and never neither: both ask the generator's
/// <c>ModuleRecognition</c> what becomes a node.
/// </summary>
public sealed class ModuleLeftOutAgreementTests
{
    private const string GraphHintName = "ModularPipelines.Distributed.Graph.g.cs";

    [TestCase("public sealed class Subject : Module<string> { Execute }", true)]
    [TestCase("internal sealed class Subject : Module<string> { Execute }", true)]
    [TestCase("[PinToMaster] public abstract class Base : Module<string> { Execute } public sealed class Subject : Base { }", true)]
    [TestCase("public sealed class Subject : Module<string> { static Subject() { } Execute }", true)]
    [TestCase("public static class Outer { private sealed class Subject : Module<string> { Execute } }", false)]
    [TestCase("public class Outer { protected sealed class Subject : Module<string> { Execute } }", false)]
    [TestCase("file sealed class Subject : Module<string> { Execute }", false)]
    [TestCase("public sealed class Subject<T> : Module<string> { Execute }", false)]
    [TestCase("[PinToMaster] public sealed class Subject<T> : Module<string> { Execute }", false)]
    [TestCase("public sealed class Subject : Module<string> { private Subject() { } Execute }", false)]
    [TestCase("public class Subject : Module<string> { private protected Subject() { } Execute }", false)]
    [TestCase("public sealed class Subject : Module<string> { public required string Name { get; init; } Execute }", false)]
    [TestCase("public sealed class Subject : Module<string> { public required string Name { get; init; } [System.Diagnostics.CodeAnalysis.SetsRequiredMembers] public Subject() { Name = \"\"; } Execute }", true)]
    public async Task A_module_class_is_in_the_generated_graph_exactly_when_the_analyzers_do_not_report_it_left_out(string declaration, bool inGraph)
    {
        var compilation = AgreementCompilation.Compile("namespace Sample;\n\n" + declaration.Replace("Execute", Execute, StringComparison.Ordinal));

        var generated = CSharpGeneratorDriver.Create(new PipelineGenerator().AsSourceGenerator()).RunGenerators(compilation).GetRunResult();
        var diagnostics = await compilation.WithAnalyzers([new AttributeTargetAnalyzer()]).GetAnalyzerDiagnosticsAsync();

        var emitted = generated.GeneratedTrees.Any(t => t.FilePath.EndsWith(GraphHintName, StringComparison.Ordinal));
        var leftOut = diagnostics.Where(d => d.Id is DiagnosticIds.AttributeOnNonModule or DiagnosticIds.ModuleNotInGraph).Select(d => d.ToString()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(emitted, Is.EqualTo(inGraph), "in the generated graph");
            Assert.That(leftOut, inGraph ? Is.Empty : Is.Not.Empty, "reported as left out");
        });
    }
}
