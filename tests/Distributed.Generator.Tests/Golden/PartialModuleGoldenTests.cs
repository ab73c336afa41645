using ModularPipelines.Distributed.Generator.Tests.Support;

namespace ModularPipelines.Distributed.Generator.Tests.Golden;

public sealed class PartialModuleGoldenTests
{
    private const string FirstPart = """
        namespace Sample.Partial;

        public sealed class Setup : Module<string>
        {
            protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
                Task.FromResult<string?>("setup");
        }

        [DependsOn<Setup>]
        public sealed partial class Pack : Module<string>
        {
            protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
                Task.FromResult<string?>(Describe());
        }

        // The base list is only in the other part.
        public sealed partial class Sign
        {
            protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
                Task.FromResult<string?>("signed");
        }
        """;

    private const string SecondPart = """
        namespace Sample.Partial;

        [RequiresCapability("linux")]
        public sealed partial class Pack : IDisposable
        {
            private string Describe() => nameof(Pack);

            public void Dispose()
            {
            }
        }

        [DependsOn<Pack>]
        public sealed partial class Sign : Module<string>;
        """;

    [Test]
    public void PartialModuleSplitOverTwoFilesIsEmittedOnce()
    {
        var run = GeneratorHarness.RunAndAssertCompiles(FirstPart, SecondPart);

        Assert.That(run.NodeIds, Is.EqualTo(new[] { "Sample.Partial.Pack", "Sample.Partial.Setup", "Sample.Partial.Sign" }));
        var graph = GeneratedGraph.Load(run);
        Assert.That(graph.Node("Sample.Partial.Pack").RequiredCapabilities, Is.EqualTo(new[] { "linux" }));
        Assert.That(graph.Node("Sample.Partial.Pack").Dependencies, Is.EqualTo(new[] { "Sample.Partial.Setup" }));
        Assert.That(graph.Node("Sample.Partial.Sign").Dependencies, Is.EqualTo(new[] { "Sample.Partial.Pack" }));
        GoldenFiles.Verify(GoldenCases.PartialModule, run);
    }
}
