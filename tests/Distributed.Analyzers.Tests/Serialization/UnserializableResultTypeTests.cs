using ModularPipelines.Distributed.Analyzers.Tests.Support;

namespace ModularPipelines.Distributed.Analyzers.Tests.Serialization;

/// <summary>MPD0012: a result type that neither the generated metadata nor the registered JsonSerializerContext covers.</summary>
public sealed class UnserializableResultTypeTests
{
    /// <summary>A context written by hand: System.Text.Json's generator does not run in these tests.</summary>
    private static string Context(params string[] types) => $$"""
        using System.Text.Json;
        using System.Text.Json.Serialization;
        using System.Text.Json.Serialization.Metadata;

        [assembly: PipelineJsonContext(typeof(PipelineContext))]

        {{string.Concat(types.Select(t => $"[JsonSerializable(typeof({t}))]\n"))}}public sealed class PipelineContext : JsonSerializerContext
        {
            public PipelineContext() : base(null) { }

            public static PipelineContext Default { get; } = new();

            protected override JsonSerializerOptions? GeneratedSerializerOptions => null;

            public override JsonTypeInfo? GetTypeInfo(Type type) => null;
        }
        """;

    /// <summary>A module returning <paramref name="resultType"/>; <c>Task&lt;T?&gt;</c> is <c>Task&lt;T&gt;</c> for a value type.</summary>
    private static string ModuleOf(string resultType, string name = "Probe", bool isValueType = false)
    {
        var task = isValueType ? resultType : resultType + "?";
        return $$"""
            public sealed class {{name}} : Module<{{resultType}}>
            {
                protected override Task<{{task}}> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
                    Task.FromResult<{{task}}>(default!);
            }
            """;
    }

    [Test]
    public Task An_object_result_without_a_context_is_reported_on_the_result_type() =>
        Verify<ResultSerializationAnalyzer>.DiagnosticsAsync(
            ["""
            public sealed class Probe : Module<{|#0:object|}>
            {
                protected override Task<object?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) => Task.FromResult<object?>(null);
            }
            """],
            [Verify<ResultSerializationAnalyzer>.Diagnostic("MPD0012").WithLocation(0).WithArguments(
                "object",
                "Probe",
                "no JsonSerializerContext is registered",
                "add [JsonSerializable(typeof(object))] to a JsonSerializerContext and name it with [assembly: PipelineJsonContext(typeof(...))]")]);

    [Test]
    public Task A_polymorphic_result_the_registered_context_lacks_is_reported_with_the_context_named() =>
        Verify<ResultSerializationAnalyzer>.DiagnosticsAsync(
            [Context("string"), """
            using System.Text.Json.Serialization;

            [JsonPolymorphic]
            [JsonDerivedType(typeof(Cat), "cat")]
            public class Animal { public string? Name { get; set; } }

            public sealed class Cat : Animal { }

            public sealed class Probe : Module<{|#0:Animal|}>
            {
                protected override Task<Animal?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) => Task.FromResult<Animal?>(new Cat());
            }
            """],
            [Verify<ResultSerializationAnalyzer>.Diagnostic("MPD0012").WithLocation(0).WithArguments(
                "Animal", "Probe", "'PipelineContext' does not include it", "add [JsonSerializable(typeof(Animal))] to 'PipelineContext'")]);

    [Test]
    public Task A_result_type_with_a_custom_converter_is_reported() =>
        Verify<ResultSerializationAnalyzer>.DiagnosticsAsync("""
            using System.Text.Json;
            using System.Text.Json.Serialization;

            [JsonConverter(typeof(VersionTagConverter))]
            public sealed record VersionTag(string Value);

            public sealed class VersionTagConverter : JsonConverter<VersionTag>
            {
                public override VersionTag Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => new(reader.GetString()!);

                public override void Write(Utf8JsonWriter writer, VersionTag value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
            }

            public sealed class Probe : Module<{|MPD0012:VersionTag|}>
            {
                protected override Task<VersionTag?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) => Task.FromResult<VersionTag?>(new("1.0"));
            }
            """);

    [Test]
    public Task A_module_inheriting_an_unserializable_result_type_is_reported_on_its_name() =>
        Verify<ResultSerializationAnalyzer>.DiagnosticsAsync("""
            public abstract class Untyped : Module<object>
            {
                protected override Task<object?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) => Task.FromResult<object?>(null);
            }

            public sealed class {|MPD0012:Probe|} : Untyped { }
            """);

    [Test]
    public Task A_result_type_registered_in_the_context_is_not_reported() =>
        Verify<ResultSerializationAnalyzer>.DiagnosticsAsync(Context("object"), ModuleOf("object"));

    [Test]
    public Task A_result_type_reached_through_a_registered_type_is_not_reported() =>
        Verify<ResultSerializationAnalyzer>.DiagnosticsAsync(Context("Envelope"), """
            public sealed class Envelope { public List<object>? Items { get; set; } }
            """, ModuleOf("object"));

    [Test]
    public Task Result_types_the_generated_metadata_describes_are_not_reported_without_a_context() =>
        Verify<ResultSerializationAnalyzer>.DiagnosticsAsync(
            ModuleOf("string", "Text"),
            ModuleOf("int", "Number", isValueType: true),
            ModuleOf("None", "Nothing"),
            ModuleOf("List<string>", "Names"),
            ModuleOf("Dictionary<string, int>", "Counts"),
            """
            public sealed record BuildOutput(string Configuration, IReadOnlyList<string> Assemblies);
            """,
            ModuleOf("BuildOutput", "Build"));

    [Test]
    public Task Abstract_and_generic_modules_are_left_to_the_modules_deriving_from_them() =>
        Verify<ResultSerializationAnalyzer>.DiagnosticsAsync("""
            public abstract class Untyped : Module<object> { }

            public abstract class Generic<T> : Module<T> { }
            """);
}
