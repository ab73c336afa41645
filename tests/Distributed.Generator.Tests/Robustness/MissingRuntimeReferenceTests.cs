using ModularPipelines.Distributed.Generator.Tests.Support;

namespace ModularPipelines.Distributed.Generator.Tests.Robustness;

public sealed class MissingRuntimeReferenceTests
{
    [Test]
    public void CompilationWithoutTheRuntimeProducesNoOutputAndNoException()
    {
        var compilation = TestCompilation.Create(
            [
                """
                namespace ModularPipelines.Lookalike;

                public abstract class Module<T> { }

                public sealed class Build : Module<string>, IDisposable
                {
                    public void Dispose() { }
                }
                """,
            ],
            referenceRuntime: false);

        var run = GeneratorHarness.Run(compilation);

        run.AssertInputCompiles();
        Assert.Multiple(() =>
        {
            Assert.That(run.Result.Exception, Is.Null);
            Assert.That(run.GeneratorDiagnostics, Is.Empty);
            Assert.That(run.Sources, Is.Empty);
        });
    }

    [Test]
    public void CompilationWithoutModulesProducesNoOutput()
    {
        var run = GeneratorHarness.RunAndAssertCompiles("""
            namespace Sample;

            public sealed class NotAModule : IDisposable
            {
                public void Dispose() { }
            }
            """);

        Assert.That(run.Sources, Is.Empty);
    }

    [Test]
    public void ClassesDerivingFromAnotherModuleTypeAreNotModules()
    {
        var run = GeneratorHarness.RunAndAssertCompiles(
            Modules.Anchor,
            """
            namespace Other
            {
                public abstract class Module<T> { }

                public sealed class Impostor : Module<string> { }
            }
            """);

        Assert.That(run.NodeIds, Is.EqualTo(new[] { "Sample.Anchor" }));
    }
}
