using ModularPipelines.Distributed.Generator.Tests.Support;

namespace ModularPipelines.Distributed.Generator.Tests.Golden;

public sealed class PlainModuleGoldenTests
{
    private const string Source = """
        namespace Sample.Plain;

        public sealed class HelloModule : Module<string>
        {
            protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
                Task.FromResult<string?>("hello");
        }
        """;

    [Test]
    public void PlainModuleEmitsTheGoldenGraphAndResultTypes()
    {
        var run = GeneratorHarness.RunAndAssertCompiles(Source);

        Assert.That(run.NodeIds, Is.EqualTo(new[] { "Sample.Plain.HelloModule" }));
        var node = GeneratedGraph.Load(run).Node("Sample.Plain.HelloModule");
        Assert.That(node.DisplayName, Is.EqualTo("HelloModule"));
        Assert.That(node.ResultType, Is.EqualTo(typeof(string)));
        GoldenFiles.Verify(GoldenCases.PlainModule, run);
    }
}
