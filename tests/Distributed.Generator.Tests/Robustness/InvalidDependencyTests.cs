using Microsoft.CodeAnalysis;
using ModularPipelines.Distributed.Generator.Tests.Support;

namespace ModularPipelines.Distributed.Generator.Tests.Robustness;

/// <summary>Bad <c>[DependsOn]</c> targets are the analyzers' to report (MPD0009); the generator emits no edge for them and stays compilable.</summary>
public sealed class InvalidDependencyTests
{
    [Test]
    public void SelfDependencyEmitsNoEdgeAndCompiles()
    {
        var run = GeneratorHarness.RunAndAssertCompiles($$"""
            namespace Sample;

            [DependsOn<Loop>]
            public sealed class Loop : Module<string>
            {
                {{Modules.Execute}}
            }
            """);

        Assert.That(GeneratedGraph.Load(run).Node("Sample.Loop").Dependencies, Is.Empty);
    }

    [Test]
    public void DependencyOnATypeThatIsNotAModuleStillCompiles()
    {
        // DependsOn<T> requires T : ModuleBase, so the input has its own error (CS0315); the generated code adds none.
        var run = GeneratorHarness.Run(TestCompilation.Create(Modules.Anchor, $$"""
            namespace Sample;

            public sealed class Helper { }

            [DependsOn<Helper>]
            [DependsOn<string>]
            public sealed class Dependent : Module<string>
            {
                {{Modules.Execute}}
            }
            """));

        Assert.That(run.Input.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id), Is.Not.Empty);
        run.AssertGeneratedCodeCompiles();
        Assert.That(run.NodeIds, Is.EquivalentTo(new[] { "Sample.Anchor", "Sample.Dependent" }));
        Assert.That(run.CompactGraph, Does.Not.Contain("Dependencies="));
    }

    [Test]
    public void DependencyOnAnAbstractOrGenericModuleEmitsNoEdge()
    {
        var run = GeneratorHarness.RunAndAssertCompiles(Modules.Anchor, $$"""
            namespace Sample;

            public abstract class AbstractModule : Module<string>
            {
                {{Modules.Execute}}
            }

            public sealed class GenericModule<T> : Module<string>
            {
                {{Modules.Execute}}
            }

            [DependsOn<AbstractModule>]
            [DependsOn<GenericModule<int>>]
            [DependsOn<ModuleBase>]
            [DependsOn<Anchor>]
            public sealed class Dependent : Module<string>
            {
                {{Modules.Execute}}
            }
            """);

        Assert.That(GeneratedGraph.Load(run).Node("Sample.Dependent").Dependencies, Is.EqualTo(new[] { "Sample.Anchor" }));
    }

    [Test]
    public void RepeatedDependencyEmitsOneEdge()
    {
        var run = GeneratorHarness.RunAndAssertCompiles(Modules.Anchor, $$"""
            namespace Sample;

            [DependsOn<Anchor>]
            [DependsOn<Anchor>]
            public sealed class Dependent : Module<string>
            {
                {{Modules.Execute}}
            }
            """);

        Assert.That(GeneratedGraph.Load(run).Node("Sample.Dependent").Dependencies, Is.EqualTo(new[] { "Sample.Anchor" }));
    }

    [Test]
    public void CyclicDependenciesStillCompile()
    {
        // A cycle is MPD0008 (analyzer) and a run-time configuration error; the generator must not loop or throw.
        var run = GeneratorHarness.RunAndAssertCompiles($$"""
            namespace Sample;

            [DependsOn<Second>]
            public sealed class First : Module<string>
            {
                {{Modules.Execute}}
            }

            [DependsOn<First>]
            public sealed class Second : Module<string>
            {
                {{Modules.Execute}}
            }
            """);

        Assert.That(run.NodeIds, Is.EqualTo(new[] { "Sample.First", "Sample.Second" }));
    }
}
