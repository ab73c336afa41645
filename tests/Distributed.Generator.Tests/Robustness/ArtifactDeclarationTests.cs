using ModularPipelines.Distributed.Generator.Tests.Support;

namespace ModularPipelines.Distributed.Generator.Tests.Robustness;

/// <summary>
/// Artifact attributes are read as the runtime compares names, ignoring case; misuse (MPD0024, MPD0026, MPD0027) is the
/// analyzers' to report, and the generator emits nothing the runtime would trip over.
/// </summary>
public sealed class ArtifactDeclarationTests
{
    [Test]
    public void ANameProducedTwiceCountsOnceAndTheClassesOwnDeclarationWins()
    {
        var run = GeneratorHarness.RunAndAssertCompiles($$"""
            namespace Sample;

            [ProducesArtifact("bin", "base/**")]
            [ProducesArtifact("logs", "logs/**")]
            public abstract class Producer : Module<string> { }

            [ProducesArtifact("BIN", "own/**")]
            [ProducesArtifact("Bin", "again/**")]
            public sealed class Compile : Producer
            {
                {{Modules.Execute}}
            }
            """);

        var produced = GeneratedGraph.Load(run).Node("Sample.Compile").ProducedArtifacts;
        Assert.That(produced.Select(a => a.Name + ":" + string.Join(",", a.Patterns)), Is.EqualTo(new[] { "BIN:own/**", "logs:logs/**" }));
    }

    [Test]
    public void ConsumingTheSameArtifactTwiceIgnoringCaseConsumesItOnce()
    {
        var run = GeneratorHarness.RunAndAssertCompiles($$"""
            namespace Sample;

            [ProducesArtifact("bin", "out/**")]
            public sealed class Compile : Module<string>
            {
                {{Modules.Execute}}
            }

            [ConsumesArtifact<Compile>("bin")]
            public abstract class AfterCompile : Module<string> { }

            [ConsumesArtifact<Compile>("BIN")]
            public sealed class Test : AfterCompile
            {
                {{Modules.Execute}}
            }
            """);

        var test = GeneratedGraph.Load(run).Node("Sample.Test");
        Assert.That(test.ConsumedArtifacts.Select(a => a.Name), Is.EqualTo(new[] { "bin" }));
        Assert.That(test.Dependencies, Is.EqualTo(new[] { "Sample.Compile" }));
    }

    [Test]
    public void AnArtifactTheProducerDoesNotDeclareIsConsumedAsWritten()
    {
        // MPD0026 at build time; at run time the consumer fails naming the artifact it asked for.
        var run = GeneratorHarness.RunAndAssertCompiles($$"""
            namespace Sample;

            [ProducesArtifact("bin", "out/**")]
            public sealed class Compile : Module<string>
            {
                {{Modules.Execute}}
            }

            [ConsumesArtifact<Compile>("docs")]
            public sealed class Test : Module<string>
            {
                {{Modules.Execute}}
            }
            """);

        var test = GeneratedGraph.Load(run).Node("Sample.Test");
        Assert.That(test.ConsumedArtifacts.Select(a => a.Name), Is.EqualTo(new[] { "docs" }));
        Assert.That(test.Dependencies, Is.EqualTo(new[] { "Sample.Compile" }));
    }

    [Test]
    public void ConsumingFromItselfOrFromAnAbstractModuleEmitsNoEdgeAndNoConsumption()
    {
        var run = GeneratorHarness.RunAndAssertCompiles($$"""
            namespace Sample;

            [ProducesArtifact("bin", "out/**")]
            public abstract class Producer : Module<string> { }

            [ProducesArtifact("self", "self/**")]
            [ConsumesArtifact<Loop>("self")]
            [ConsumesArtifact<Producer>("bin")]
            public sealed class Loop : Module<string>
            {
                {{Modules.Execute}}
            }
            """);

        var loop = GeneratedGraph.Load(run).Node("Sample.Loop");
        Assert.That(loop.Dependencies, Is.Empty);
        Assert.That(loop.ConsumedArtifacts, Is.Empty);
        Assert.That(run.CompactGraph, Does.Not.Contain("ConsumedArtifacts="));
    }

    [Test]
    public void AProducerWithoutPatternsIsEmittedWithAnEmptyList()
    {
        // MPD0025 at build time; at run time the publish fails, saying the artifact has no pattern.
        var run = GeneratorHarness.RunAndAssertCompiles($$"""
            namespace Sample;

            [ProducesArtifact("empty")]
            public sealed class Compile : Module<string>
            {
                {{Modules.Execute}}
            }
            """);

        var produced = GeneratedGraph.Load(run).Node("Sample.Compile").ProducedArtifacts;
        Assert.That(produced.Single().Name, Is.EqualTo("empty"));
        Assert.That(produced.Single().Patterns, Is.Empty);
    }
}
