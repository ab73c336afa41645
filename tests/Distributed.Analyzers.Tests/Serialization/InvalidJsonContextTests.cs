using ModularPipelines.Distributed.Analyzers.Tests.Support;

namespace ModularPipelines.Distributed.Analyzers.Tests.Serialization;

/// <summary>MPD0021: [assembly: PipelineJsonContext] naming a type that is not a JsonSerializerContext with a static Default.</summary>
public sealed class InvalidJsonContextTests
{
    [Test]
    public Task A_class_that_is_not_a_context_is_reported_on_the_typeof() =>
        Verify<ResultSerializationAnalyzer>.DiagnosticsAsync(
            ["""
            [assembly: PipelineJsonContext({|#0:typeof(Settings)|})]

            public sealed class Settings { }
            """],
            [Verify<ResultSerializationAnalyzer>.Diagnostic("MPD0021").WithLocation(0).WithArguments("Settings", "does not derive from JsonSerializerContext")]);

    [Test]
    public Task A_context_without_a_static_Default_is_reported() =>
        Verify<ResultSerializationAnalyzer>.DiagnosticsAsync("""
            using System.Text.Json;
            using System.Text.Json.Serialization;
            using System.Text.Json.Serialization.Metadata;

            [assembly: PipelineJsonContext({|MPD0021:typeof(PipelineContext)|})]

            public sealed class PipelineContext : JsonSerializerContext
            {
                public PipelineContext() : base(null) { }

                protected override JsonSerializerOptions? GeneratedSerializerOptions => null;

                public override JsonTypeInfo? GetTypeInfo(Type type) => null;
            }
            """);

    [Test]
    public Task A_context_with_a_static_Default_is_not_reported() =>
        Verify<ResultSerializationAnalyzer>.DiagnosticsAsync("""
            using System.Text.Json;
            using System.Text.Json.Serialization;
            using System.Text.Json.Serialization.Metadata;

            [assembly: PipelineJsonContext(typeof(PipelineContext))]

            public sealed class PipelineContext : JsonSerializerContext
            {
                public PipelineContext() : base(null) { }

                public static PipelineContext Default { get; } = new();

                protected override JsonSerializerOptions? GeneratedSerializerOptions => null;

                public override JsonTypeInfo? GetTypeInfo(Type type) => null;
            }
            """);
}
