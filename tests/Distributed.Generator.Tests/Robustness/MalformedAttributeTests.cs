using ModularPipelines.Distributed.Generator.Tests.Support;

namespace ModularPipelines.Distributed.Generator.Tests.Robustness;

/// <summary>Attribute arguments the analyzers reject must still leave the generator running and its output compilable.</summary>
public sealed class MalformedAttributeTests
{
    [Test]
    public void NullMatrixTargetArrayDoesNotBreakTheGenerator()
    {
        var run = RunWith("[MatrixTarget(null!)]");

        Assert.That(run.NodeIds, Does.Contain("Sample.Subject"));
    }

    [Test]
    public void NullNotInParallelKeyArrayDoesNotBreakTheGenerator()
    {
        var run = RunWith("[NotInParallel(null!)]");

        Assert.That(GeneratedGraph.Load(run).Node("Sample.Subject").NotInParallelKeys, Is.EqualTo(new[] { "Sample.Subject" }));
    }

    [Test]
    public void NullAndBlankValuesAreDropped()
    {
        var run = RunWith("[MatrixTarget(\"linux\", null!, \"\", \"  \", \"LINUX\", \"windows\")]\n[RequiresCapability(null!)]\n[RequiresCapability(\" \")]\n[NotInParallel(\"\", null!)]");

        var graph = GeneratedGraph.Load(run);
        Assert.That(graph.Modules.Select(m => m.Id), Is.EquivalentTo(new[] { "Sample.Anchor", "Sample.Subject[linux]", "Sample.Subject[windows]" }));
        Assert.That(graph.Node("Sample.Subject[linux]").RequiredCapabilities, Is.EqualTo(new[] { "linux" }));
        Assert.That(graph.Node("Sample.Subject[linux]").NotInParallelKeys, Is.EqualTo(new[] { "Sample.Subject" }));
    }

    [Test]
    public void InfiniteTimeoutEmitsCompilableCode()
    {
        RunWith("[ModuleTimeout(double.PositiveInfinity)]");
    }

    [Test]
    public void TimeoutBeyondTimeSpanDoesNotBreakGraphCreation()
    {
        // Compiles, but TimeSpan.FromSeconds(1E+300) throws OverflowException inside the module initializer at start-up.
        var run = RunWith("[ModuleTimeout(1e300)]");

        Assert.That(() => GeneratedGraph.Load(run), Throws.Nothing);
    }

    [Test]
    public void NaNZeroAndNegativeTimeoutsAreIgnored()
    {
        foreach (var value in new[] { "double.NaN", "0", "-1" })
        {
            var run = RunWith($"[ModuleTimeout({value})]");

            Assert.That(GeneratedGraph.Load(run).Node("Sample.Subject").Timeout, Is.Null, value);
        }
    }

    [Test]
    public void NegativeRetriesAndBackoffFallBackToDefaults()
    {
        var run = RunWith("[ModuleRetry(-1, BackoffMilliseconds = -5)]");

        var subject = GeneratedGraph.Load(run).Node("Sample.Subject");
        Assert.That(subject.Retries, Is.Zero);
    }

    [Test]
    public void SpecialCharactersInStringsAreEscaped()
    {
        var run = RunWith("[MatrixTarget(\"a\\\"b\", \"c\\\\d\", \"tab\\tnew\\nline\", \"ünï\")]\n[RequiresCapability(\"x\\\"y\")]\n[NotInParallel(\"k\\\\\")]");

        var graph = GeneratedGraph.Load(run);
        Assert.That(graph.Modules.Select(m => m.Id), Is.EquivalentTo(new[]
        {
            "Sample.Anchor", "Sample.Subject[a\"b]", "Sample.Subject[c\\d]", "Sample.Subject[tab\tnew\nline]", "Sample.Subject[ünï]",
        }));
        Assert.That(graph.Node("Sample.Subject[a\"b]").RequiredCapabilities, Is.EqualTo(new[] { "x\"y", "a\"b" }));
        Assert.That(graph.Node("Sample.Subject[a\"b]").NotInParallelKeys, Is.EqualTo(new[] { "k\\" }));
    }

    private static GeneratorRun RunWith(string attributes) => GeneratorHarness.RunAndAssertCompiles(Modules.Anchor, $$"""
        namespace Sample;

        {{attributes}}
        public sealed class Subject : Module<string>
        {
            {{Modules.Execute}}
        }
        """);
}
