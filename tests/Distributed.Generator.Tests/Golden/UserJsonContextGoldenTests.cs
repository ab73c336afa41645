using ModularPipelines.Distributed.Generator.Tests.Support;

namespace ModularPipelines.Distributed.Generator.Tests.Golden;

public sealed class UserJsonContextGoldenTests
{
    // A hand-written context stands in for one System.Text.Json's generator would complete.
    private const string Source = """
        using System.Text.Json;
        using System.Text.Json.Serialization;
        using System.Text.Json.Serialization.Metadata;

        [assembly: PipelineJsonContext(typeof(Sample.Context.ResultsContext))]

        namespace Sample.Context;

        public sealed class Polymorphic
        {
            public object? Payload { get; set; }
        }

        public sealed class ResultsContext : JsonSerializerContext
        {
            public ResultsContext(JsonSerializerOptions? options)
                : base(options)
            {
            }

            public static ResultsContext Default { get; } = new(null);

            protected override JsonSerializerOptions? GeneratedSerializerOptions => null;

            public override JsonTypeInfo? GetTypeInfo(Type type) => null;
        }

        public sealed class PolymorphicModule : Module<Polymorphic>
        {
            protected override Task<Polymorphic?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
                Task.FromResult<Polymorphic?>(new Polymorphic());
        }
        """;

    [Test]
    public void RegisteredJsonContextBecomesTheUserResultTypeResolver()
    {
        var run = GeneratorHarness.RunAndAssertCompiles(Source);

        Assert.That(GeneratedGraph.Load(run).UserResultTypeResolver?.GetType().FullName, Is.EqualTo("Sample.Context.ResultsContext"));
        GoldenFiles.Verify(GoldenCases.UserJsonContext, run);
    }
}
