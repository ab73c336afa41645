using Microsoft.CodeAnalysis;
using ModularPipelines.Distributed.Generator.Tests.Support;

namespace ModularPipelines.Distributed.Generator.Tests.Caching;

/// <summary>
/// A <c>[DependsOn]</c> on an abstract base is resolved by the graph step from the whole compilation's modules, so a
/// module deriving from the base that appears in another file must reach the dependent's edges on the next run.
/// </summary>
public sealed class BaseDependencyEditTests
{
    private const string Modules = """
        namespace Sample.Cache;

        public abstract class Tool : Module<string>
        {
            protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
                Task.FromResult<string?>(GetType().Name);
        }

        public sealed class Compiler : Tool;

        [DependsOn<Tool>]
        public sealed class Assemble : Module<string>
        {
            protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
                Task.FromResult<string?>("assembled");
        }
        """;

    private const string Packager = """
        namespace Sample.Cache;

        public sealed class Packager : Tool;
        """;

    [Test]
    public void AddingAModuleDerivingFromADependedOnBaseAddsItsEdge()
    {
        var first = GeneratorHarness.Run(TestCompilation.Create(Modules));
        first.AssertInputCompiles();

        var second = first.RunAgain(first.Input.WithNewSource("/src/Packager.cs", Packager));

        second.AssertGeneratedCodeCompiles();
        Assert.Multiple(() =>
        {
            Assert.That(second.Outputs(TrackingNames.Graph).Select(o => o.Reason), Is.EqualTo(new[] { IncrementalStepRunReason.Modified }));
            Assert.That(GeneratedGraph.Load(second).Node("Sample.Cache.Assemble").Dependencies, Is.EqualTo(new[] { "Sample.Cache.Compiler", "Sample.Cache.Packager" }));
            Assert.That(second.Fingerprint, Is.Not.EqualTo(first.Fingerprint));
        });
    }

    [Test]
    public void EditingAMethodBodyOfADependentOnABaseLeavesOutputsUnchanged()
    {
        var first = GeneratorHarness.Run(TestCompilation.Create(Modules, Packager));
        first.AssertInputCompiles();

        var second = first.RunAgain(first.Input.WithSource(TestCompilation.PathOf(0), Modules.Edit("\"assembled\"", "\"assembled again\"")));

        second.AssertEverythingCachedOrUnchanged();
        Assert.That(second.Sources, Is.EqualTo(first.Sources));
    }
}
