using ModularPipelines.Distributed.Generator.Tests.Support;

namespace ModularPipelines.Distributed.Generator.Tests.Fingerprint;

public sealed class FingerprintStabilityTests
{
    [Test]
    public void SameInputGivesTheSameFingerprint()
    {
        var first = GeneratorHarness.RunAndAssertCompiles(CachingPipeline.Modules, CachingPipeline.ResultTypes, CachingPipeline.Matrix);
        var second = GeneratorHarness.RunAndAssertCompiles(CachingPipeline.Modules, CachingPipeline.ResultTypes, CachingPipeline.Matrix);

        Assert.That(second.Fingerprint, Is.EqualTo(first.Fingerprint));
    }

    [Test]
    public void OutputIsDeterministicAcrossRunsAndDrivers()
    {
        var first = CachingPipeline.FirstRun();
        var rerun = first.RunAgain(first.Input);
        var fresh = GeneratorHarness.Run(TestCompilation.Create(CachingPipeline.Modules, CachingPipeline.ResultTypes, CachingPipeline.Matrix, CachingPipeline.Unrelated));

        Assert.That(rerun.Sources, Is.EqualTo(first.Sources));
        Assert.That(fresh.Sources, Is.EqualTo(first.Sources));
    }

    [Test]
    public void FingerprintIsALowercaseSha256()
    {
        var run = CachingPipeline.FirstRun();

        Assert.That(run.Fingerprint, Does.Match("^[0-9a-f]{64}$"));
    }

    [Test]
    public void FileOrderDoesNotChangeTheOutput()
    {
        var forward = GeneratorHarness.RunAndAssertCompiles(CachingPipeline.Modules, CachingPipeline.ResultTypes, CachingPipeline.Matrix);
        var backward = GeneratorHarness.RunAndAssertCompiles(CachingPipeline.Matrix, CachingPipeline.ResultTypes, CachingPipeline.Modules);

        Assert.That(backward.Sources, Is.EqualTo(forward.Sources));
    }

    [Test]
    public void MethodBodyEditDoesNotChangeTheFingerprint()
    {
        var first = CachingPipeline.FirstRun();

        var second = first.RunAgain(first.Input.WithSource(
            CachingPipeline.ModulesPath,
            CachingPipeline.Modules.Edit("\"restored\"", "\"restored again\"")));

        Assert.That(second.Fingerprint, Is.EqualTo(first.Fingerprint));
    }

    [Test]
    public void ReorderingMultiUseAttributesDoesNotChangeTheFingerprint()
    {
        const string Template = """
            namespace Sample.Order;

            public sealed class A : Module<int> { protected override Task<int> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) => Task.FromResult(1); }

            public sealed class B : Module<int> { protected override Task<int> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) => Task.FromResult(1); }

            ATTRIBUTES
            public sealed class C : Module<int> { protected override Task<int> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) => Task.FromResult(1); }
            """;

        var one = GeneratorHarness.RunAndAssertCompiles(Template.Replace("ATTRIBUTES", "[DependsOn<A>, DependsOn<B>, RequiresCapability(\"x\"), RequiresCapability(\"y\")]", StringComparison.Ordinal));
        var other = GeneratorHarness.RunAndAssertCompiles(Template.Replace("ATTRIBUTES", "[RequiresCapability(\"y\"), DependsOn<B>, RequiresCapability(\"x\"), DependsOn<A>]", StringComparison.Ordinal));

        Assert.That(other.Fingerprint, Is.EqualTo(one.Fingerprint));
    }

    [Test]
    public void ConstructorChangeDoesNotChangeTheFingerprint()
    {
        // Factories are not part of what master and workers must agree on.
        var first = CachingPipeline.FirstRun();

        var second = first.RunAgain(first.Input.WithSource(
            CachingPipeline.ModulesPath,
            CachingPipeline.Modules.Edit("public sealed class Restore : Module<string>\n{", "public sealed class Restore : Module<string>\n{\n    public Restore(IServiceProvider services) => _ = services;\n")));

        second.AssertGeneratedCodeCompiles();
        Assert.That(second.Graph, Is.Not.EqualTo(first.Graph));
        Assert.That(second.Fingerprint, Is.EqualTo(first.Fingerprint));
    }
}
