using ModularPipelines.Distributed.CodeFixes;
using Fix = ModularPipelines.Distributed.Analyzers.Tests.Support.VerifyFix<
    ModularPipelines.Distributed.Analyzers.ResultSerializationAnalyzer,
    ModularPipelines.Distributed.CodeFixes.AddToJsonContextCodeFixProvider>;

namespace ModularPipelines.Distributed.Analyzers.Tests.CodeFixes;

/// <summary>
/// MPD0012's fix: the result type is added to the registered JsonSerializerContext, or a context is created and
/// registered. System.Text.Json's source generator runs, so the fixed code compiles as it would in a build.
/// </summary>
public sealed class AddToJsonContextFixTests
{
    private const string Shapes = """
        using System.Text.Json.Serialization;

        namespace Drawing;

        [JsonPolymorphic]
        [JsonDerivedType(typeof(Circle), "circle")]
        public abstract class Shape { }

        public sealed class Circle : Shape { public double Radius { get; set; } }
        """;

    private const string Draw = """
        namespace Drawing;

        public sealed class Draw : Module<{|MPD0012:Shape|}>
        {
            protected override Task<Shape?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
                Task.FromResult<Shape?>(new Circle { Radius = 1 });
        }
        """;

    private const string Inspect = """
        namespace Drawing;

        public sealed class Inspect : Module<{|MPD0012:object|}>
        {
            protected override Task<object?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
                Task.FromResult<object?>(null);
        }
        """;

    [Test]
    public Task The_result_type_is_added_to_the_registered_context_in_its_own_document()
    {
        var test = Fix.Create(
            [
                """
                using System.Text.Json.Serialization;
                using Drawing;

                [assembly: PipelineJsonContext(typeof(Serialization.ResultsContext))]

                namespace Serialization;

                [JsonSerializable(typeof(string))]
                internal sealed partial class ResultsContext : JsonSerializerContext
                {
                }
                """,
                Shapes,
                Draw,
            ],
            [
                """
                using System.Text.Json.Serialization;
                using Drawing;

                [assembly: PipelineJsonContext(typeof(Serialization.ResultsContext))]

                namespace Serialization;

                [JsonSerializable(typeof(string))]
                [JsonSerializable(typeof(Shape))]
                internal sealed partial class ResultsContext : JsonSerializerContext
                {
                }
                """,
                Shapes,
                Unmarked(Draw),
            ]);
        test.RunJsonSourceGenerator = true;
        return test.RunAsync();
    }

    [Test]
    public Task The_added_type_is_qualified_or_imported_when_the_context_cannot_see_its_namespace()
    {
        var test = Fix.Create(
            [
                """
                using System.Text.Json.Serialization;

                [assembly: PipelineJsonContext(typeof(Serialization.ResultsContext))]

                namespace Serialization;

                [JsonSerializable(typeof(int))]
                internal sealed partial class ResultsContext : JsonSerializerContext
                {
                }
                """,
                Shapes,
                Draw,
            ],
            [
                """
                using System.Text.Json.Serialization;
                using Drawing;

                [assembly: PipelineJsonContext(typeof(Serialization.ResultsContext))]

                namespace Serialization;

                [JsonSerializable(typeof(int))]
                [JsonSerializable(typeof(Shape))]
                internal sealed partial class ResultsContext : JsonSerializerContext
                {
                }
                """,
                Shapes,
                Unmarked(Draw),
            ]);
        test.RunJsonSourceGenerator = true;
        return test.RunAsync();
    }

    [Test]
    public Task Without_a_registered_context_a_new_one_is_created_and_registered()
    {
        var test = Fix.Create([Shapes, Draw], [Shapes, Unmarked(Draw)]);
        test.FixedState.Sources.Add((AddToJsonContextCodeFixProvider.NewContextName + ".cs", """
            using System.Text.Json.Serialization;

            [assembly: ModularPipelines.Distributed.PipelineJsonContext(typeof(Drawing.PipelineJsonContext))]

            namespace Drawing;

            /// <summary>Serializes the module results the generated JSON metadata cannot describe.</summary>
            [JsonSerializable(typeof(Shape))]
            internal sealed partial class PipelineJsonContext : JsonSerializerContext
            {
            }

            """));
        test.RunJsonSourceGenerator = true;
        test.CodeActionEquivalenceKey = AddToJsonContextCodeFixProvider.EquivalenceKey;
        return test.RunAsync();
    }

    [Test]
    public Task Fix_all_creates_one_context_with_every_result_type()
    {
        var test = Fix.Create([Shapes, Draw, Inspect], [Shapes, Unmarked(Draw), Unmarked(Inspect)]);
        test.FixedState.Sources.Add((AddToJsonContextCodeFixProvider.NewContextName + ".cs", """
            using System.Text.Json.Serialization;

            [assembly: ModularPipelines.Distributed.PipelineJsonContext(typeof(Drawing.PipelineJsonContext))]

            namespace Drawing;

            /// <summary>Serializes the module results the generated JSON metadata cannot describe.</summary>
            [JsonSerializable(typeof(Shape))]
            [JsonSerializable(typeof(object))]
            internal sealed partial class PipelineJsonContext : JsonSerializerContext
            {
            }

            """));
        test.RunJsonSourceGenerator = true;
        test.NumberOfIncrementalIterations = 2;
        test.NumberOfFixAllIterations = 1;

        // Fix All in the document fixes one document at a time; in the project and the solution, all at once.
        test.NumberOfFixAllInDocumentIterations = 2;
        return test.RunAsync();
    }

    [Test]
    public Task The_type_goes_to_the_part_of_a_partial_context_that_lists_the_others()
    {
        var test = Fix.Create(
            [
                """
                using System.Text.Json.Serialization;

                [assembly: PipelineJsonContext(typeof(Drawing.ResultsContext))]

                namespace Drawing;

                internal sealed partial class ResultsContext : JsonSerializerContext
                {
                }
                """,
                """
                using System.Text.Json.Serialization;

                namespace Drawing;

                [JsonSerializable(typeof(int))]
                internal sealed partial class ResultsContext
                {
                }
                """,
                Shapes,
                Draw,
            ],
            [
                """
                using System.Text.Json.Serialization;

                [assembly: PipelineJsonContext(typeof(Drawing.ResultsContext))]

                namespace Drawing;

                internal sealed partial class ResultsContext : JsonSerializerContext
                {
                }
                """,
                """
                using System.Text.Json.Serialization;

                namespace Drawing;

                [JsonSerializable(typeof(int))]
                [JsonSerializable(typeof(Shape))]
                internal sealed partial class ResultsContext
                {
                }
                """,
                Shapes,
                Unmarked(Draw),
            ]);
        test.RunJsonSourceGenerator = true;
        return test.RunAsync();
    }

    [Test]
    public Task A_module_in_the_global_namespace_gets_a_context_in_the_global_namespace()
    {
        const string Source = """
            using System.Text.Json.Serialization;

            [JsonPolymorphic]
            [JsonDerivedType(typeof(Circle), "circle")]
            public abstract class Shape { }

            public sealed class Circle : Shape { }

            public sealed class Draw : Module<{|MPD0012:Shape|}>
            {
                protected override Task<Shape?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
                    Task.FromResult<Shape?>(new Circle());
            }
            """;
        var test = Fix.Create(Source, Unmarked(Source));
        test.FixedState.Sources.Add((AddToJsonContextCodeFixProvider.NewContextName + ".cs", """
            using System.Text.Json.Serialization;

            [assembly: ModularPipelines.Distributed.PipelineJsonContext(typeof(PipelineJsonContext))]

            /// <summary>Serializes the module results the generated JSON metadata cannot describe.</summary>
            [JsonSerializable(typeof(Shape))]
            internal sealed partial class PipelineJsonContext : JsonSerializerContext
            {
            }

            """));
        test.RunJsonSourceGenerator = true;
        return test.RunAsync();
    }

    private static string Unmarked(string source) =>
        source.Replace("{|MPD0012:", string.Empty, StringComparison.Ordinal).Replace("|}", string.Empty, StringComparison.Ordinal);
}
