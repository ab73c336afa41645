using ModularPipelines.Distributed.Generator.Model;

namespace ModularPipelines.Distributed.Generator.Emitter;

/// <summary>
/// Emits what makes the generated metadata a <c>JsonSerializerContext</c> the user's code can use, laid out as
/// System.Text.Json's generator lays out its own: <c>Default</c>, the constructors, one typed property per type and
/// <c>GetTypeInfo(Type)</c>.
/// </summary>
internal static class JsonContextEmitter
{
    private const string Metadata = JsonMetadataEmitter.Metadata;
    private const string Options = JsonMetadataEmitter.Options;
    private const string Class = JsonContextMembers.ClassName;

    /// <summary>Opens the class and prints those members; the caller adds the resolver and closes the class.</summary>
    public static void OpenClass(SourceWriter writer, JsonContextSpec context)
    {
        // Internal: every pipeline assembly has its own, under the same name, and referencing another's must not make
        // the name ambiguous.
        writer.Line("/// <summary>")
            .Line("/// JSON metadata for this assembly's module result types and every type they reach, generated at build time. The")
            .Line("/// runtime writes results with it; the pipeline's own code writes the same JSON, without reflection, through one")
            .Line("/// typed property per type: <c>JsonSerializer.Serialize(output, PipelineResultJsonContext.Default.BuildOutput)</c>.")
            .Line("/// </summary>")
            .Line(GeneratorInfo.GeneratedCodeAttribute)
            .OpenBlock($"internal sealed class {Class} : global::System.Text.Json.Serialization.JsonSerializerContext, {Metadata}.IJsonTypeInfoResolver")
            .Line("/// <summary>The context with System.Text.Json's default options: those the runtime writes results with.</summary>")
            .Line($"public static {Class} {JsonContextMembers.Default} {{ get; }} = new();")
            .Line()
            .Line("/// <summary>Creates a context with System.Text.Json's default options, as the runtime uses.</summary>")
            .Line($"public {Class}()")
            .Indent().Line(": base(null)").Outdent()
            .OpenBlock().CloseBlock()
            .Line()
            .Line("/// <summary>Creates a context bound to the options, which it takes as its own: they must not be in use yet.</summary>")
            .Line($"public {Class}({Options} options)")
            .Indent().Line(": base(options)").Outdent()
            .OpenBlock().CloseBlock()
            .Line()
            .Line("// No options were chosen at design time, and no fast-path serializers are generated that would depend on them.")
            .Line($"protected override {Options}? GeneratedSerializerOptions => null;");
        foreach (var property in context.Properties)
        {
            var typeName = property.Type.TypeName;
            var typed = $"{Metadata}.JsonTypeInfo<{typeName}>";
            writer.Line()
                .Line($"/// <summary>Metadata for <c>{XmlText(typeName)}</c>, bound to this context's options.</summary>")
                .Line($"public {typed} {CSharpLiterals.Identifier(property.Name)} =>")
                .Indent()
                .Line($"({typed})Options.GetTypeInfo(typeof({typeName}));")
                .Outdent();
        }

        writer.Line()
            .Line("/// <inheritdoc/>")
            .Line($"public override {Metadata}.JsonTypeInfo? GetTypeInfo(global::System.Type type)")
            .OpenBlock()
            .Line("Options.TryGetTypeInfo(type, out var typeInfo);")
            .Line("return typeInfo;")
            .CloseBlock();
    }

    private static string XmlText(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
