using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using ModularPipelines.Distributed.Generator.Model;

namespace ModularPipelines.Distributed.Generator.Emitter;

/// <summary>
/// Emits <c>CreateObjectInfo</c> for a class, record or struct: the creator the constructor choice calls for, one
/// <c>CreatePropertyInfo</c> per property in reflection's order, and the constructor parameters System.Text.Json binds
/// to properties by name.
/// </summary>
internal static class JsonObjectEmitter
{
    private const string Metadata = JsonMetadataEmitter.Metadata;
    private const string Services = JsonMetadataEmitter.Services;
    private const string Options = JsonMetadataEmitter.Options;
    private const string Unsafe = "global::System.Runtime.CompilerServices.Unsafe";

    public static void Emit(SourceWriter writer, string typeName, JsonObjectSpec shape, string name, JsonAccessorNames accessors)
    {
        var propertiesName = name + "Properties";
        var parametersName = name + "Parameters";
        var parameterized = shape.Creation == JsonObjectCreation.Parameterized;
        writer.Line($"// {typeName}")
            .Line($"private static {Metadata}.JsonTypeInfo {name}({Options} options)")
            .OpenBlock()
            .Line($"var info = new {Metadata}.JsonObjectInfoValues<{typeName}>")
            .OpenBlock()
            .Line($"ObjectCreator = {ObjectCreator(typeName, shape, accessors)},")
            .Line($"ObjectWithParameterizedConstructorCreator = {(parameterized ? ParameterizedCreator(typeName, shape, accessors) : "null")},")
            .Line($"PropertyMetadataInitializer = _ => {propertiesName}(options),")
            .Line($"ConstructorParameterMetadataInitializer = {(parameterized ? parametersName : "null")},")
            .CloseBlock(";")
            .Line($"return {Services}.CreateObjectInfo<{typeName}>(options, info);")
            .CloseBlock();

        writer.Line()
            .Line($"private static {Metadata}.JsonPropertyInfo[] {propertiesName}({Options} options)")
            .OpenBlock()
            .Line($"var properties = new {Metadata}.JsonPropertyInfo[{CSharpLiterals.Int(shape.Properties.Count)}];");
        for (var i = 0; i < shape.Properties.Count; i++)
        {
            EmitProperty(writer, shape.Properties[i], i, accessors);
        }

        writer.Line("return properties;").CloseBlock();
        if (parameterized)
        {
            EmitParameters(writer, shape, parametersName);
        }
    }

    private static string ObjectCreator(string typeName, JsonObjectSpec shape, JsonAccessorNames accessors) => shape.Creation switch
    {
        JsonObjectCreation.Default => $"static () => default({typeName})",
        JsonObjectCreation.Parameterless when shape.ConstructorAccessor is { } accessor => $"static () => {accessors.MethodFor(accessor)}()",
        JsonObjectCreation.Parameterless => $"static () => new {typeName}()",
        _ => "null",
    };

    private static string ParameterizedCreator(string typeName, JsonObjectSpec shape, JsonAccessorNames accessors)
    {
        var arguments = string.Join(", ", shape.Parameters.Select(p => $"({p.TypeName})args[{CSharpLiterals.Int(p.Position)}]!"));
        var call = shape.ConstructorAccessor is { } accessor ? accessors.MethodFor(accessor) : "new " + typeName;
        return $"static args => {call}({arguments})";
    }

    private static void EmitProperty(SourceWriter writer, JsonPropertySpec property, int index, JsonAccessorNames accessors)
    {
        var member = Identifier(property.Name);
        var target = $"(({property.DeclaringTypeName})obj)";
        var getter = property.HasGetter ? $"static obj => {target}.{member}" : "null";
        var unboxed = $"{Unsafe}.Unbox<{property.DeclaringTypeName}>(obj)";
        var setter = property.Setter switch
        {
            JsonSetterKind.Set when property.DeclaringTypeIsValueType => $"static (obj, value) => {unboxed}.{member} = value!",
            JsonSetterKind.Set => $"static (obj, value) => {target}.{member} = value!",
            JsonSetterKind.InitAccessor when property.SetterAccessor is { } accessor => property.DeclaringTypeIsValueType
                ? $"static (obj, value) => {accessors.MethodFor(accessor)}(ref {unboxed}, value!)"
                : $"static (obj, value) => {accessors.MethodFor(accessor)}({target}, value!)",
            JsonSetterKind.InitThroughConstructor =>
                "static (obj, value) => throw new global::System.InvalidOperationException(" + CSharpLiterals.String($"{property.Name} is set through the constructor.") + ")",
            _ => "null",
        };
        var ignoreCondition = property.IgnoreCondition is null ? "null" : "global::System.Text.Json.Serialization.JsonIgnoreCondition." + property.IgnoreCondition;
        var item = $"properties[{CSharpLiterals.Int(index)}]";
        writer.Line($"{item} = {Services}.CreatePropertyInfo<{property.TypeName}>(options, new {Metadata}.JsonPropertyInfoValues<{property.TypeName}>")
            .OpenBlock()
            .Line("IsProperty = true,")
            .Line("IsPublic = true,")
            .Line($"IsVirtual = {Bool(property.IsVirtual)},")
            .Line($"DeclaringType = typeof({property.DeclaringTypeName}),")
            .Line("Converter = null,")
            .Line($"Getter = {getter},")
            .Line($"Setter = {setter},")
            .Line($"IgnoreCondition = {ignoreCondition},")
            .Line($"HasJsonInclude = {Bool(property.HasJsonInclude)},")
            .Line("IsExtensionData = false,")
            .Line("NumberHandling = null,")
            .Line($"PropertyName = {CSharpLiterals.String(property.Name)},")
            .Line($"JsonPropertyName = {(property.JsonName is null ? "null" : CSharpLiterals.String(property.JsonName))},")
            .CloseBlock(");");
        if (property.IsRequired)
        {
            writer.Line($"{item}.IsRequired = true;");
        }

        if (property.Order != 0)
        {
            writer.Line($"{item}.Order = {CSharpLiterals.Int(property.Order)};");
        }
    }

    private static void EmitParameters(SourceWriter writer, JsonObjectSpec shape, string name)
    {
        writer.Line()
            .Line($"private static {Metadata}.JsonParameterInfoValues[] {name}() => new {Metadata}.JsonParameterInfoValues[]")
            .OpenBlock();
        foreach (var parameter in shape.Parameters)
        {
            writer.Line("new()")
                .OpenBlock()
                .Line($"Name = {CSharpLiterals.String(parameter.Name)},")
                .Line($"ParameterType = typeof({parameter.TypeName}),")
                .Line($"Position = {CSharpLiterals.Int(parameter.Position)},")
                .Line($"HasDefaultValue = {Bool(parameter.DefaultValue is not null)},")
                .Line($"DefaultValue = {parameter.DefaultValue ?? "null"},")
                .Line($"IsNullable = {Bool(parameter.IsNullable)},")
                .CloseBlock(",");
        }

        writer.CloseBlock(";");
    }

    private static string Bool(bool value) => value ? "true" : "false";

    /// <summary>A member name as C# source: keywords get an <c>@</c>.</summary>
    private static string Identifier(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;
}
