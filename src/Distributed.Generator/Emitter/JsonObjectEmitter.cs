using System.Collections.Generic;
using System.Linq;
using System.Text;
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
    private const string Property = JsonContextMembers.PropertyHelper;
    private const string SetThroughConstructor = JsonContextMembers.SetThroughConstructorHelper;

    public static void Emit(SourceWriter writer, string typeName, JsonObjectSpec shape, string name, JsonAccessorNames accessors)
    {
        var propertiesName = name + JsonContextMembers.PropertiesSuffix;
        var parametersName = name + JsonContextMembers.ParametersSuffix;
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

    /// <summary>
    /// One call per property: the values every property shares (<c>IsProperty</c>, <c>IsPublic</c>, no converter...)
    /// live in <see cref="EmitHelpers"/>' method instead of sixteen lines per property, which a compilation of
    /// hundreds of result types has to parse.
    /// </summary>
    private static void EmitProperty(SourceWriter writer, JsonPropertySpec property, int index, JsonAccessorNames accessors)
    {
        var member = CSharpLiterals.Identifier(property.Name);
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
            JsonSetterKind.InitThroughConstructor => $"static (obj, value) => throw {SetThroughConstructor}({CSharpLiterals.String(property.Name)})",
            _ => "null",
        };
        var options = new StringBuilder();
        if (property.IsVirtual)
        {
            options.Append(", isVirtual: true");
        }

        if (property.IgnoreCondition is not null)
        {
            options.Append(", ignoreCondition: global::System.Text.Json.Serialization.JsonIgnoreCondition.").Append(property.IgnoreCondition);
        }

        if (property.HasJsonInclude)
        {
            options.Append(", hasJsonInclude: true");
        }

        var item = $"properties[{CSharpLiterals.Int(index)}]";
        var jsonName = property.JsonName is null ? "null" : CSharpLiterals.String(property.JsonName);
        writer.Line($"{item} = {Property}<{property.DeclaringTypeName}, {property.TypeName}>(options, {CSharpLiterals.String(property.Name)}, {jsonName},")
            .Indent()
            .Line($"{getter},")
            .Line($"{setter}{options});")
            .Outdent();
        if (property.IsRequired)
        {
            writer.Line($"{item}.IsRequired = true;");
        }

        if (property.Order != 0)
        {
            writer.Line($"{item}.Order = {CSharpLiterals.Int(property.Order)};");
        }
    }

    /// <summary>The shared property factory and the exception of constructor-bound setters, when any type needs them.</summary>
    public static void EmitHelpers(SourceWriter writer, IReadOnlyList<JsonTypeSpec> types)
    {
        var properties = types.Where(t => t.Object is not null).SelectMany(t => t.Object!.Properties).ToList();
        if (properties.Count == 0)
        {
            return;
        }

        writer.Line()
            .Line($"private static {Metadata}.JsonPropertyInfo {Property}<TDeclaring, TProperty>(")
            .Indent()
            .Line($"{Options} options,")
            .Line("string name,")
            .Line("string? jsonName,")
            .Line("global::System.Func<object, TProperty?>? getter,")
            .Line("global::System.Action<object, TProperty?>? setter,")
            .Line("bool isVirtual = false,")
            .Line("global::System.Text.Json.Serialization.JsonIgnoreCondition? ignoreCondition = null,")
            .Line("bool hasJsonInclude = false) =>")
            .Line($"{Services}.CreatePropertyInfo<TProperty>(options, new {Metadata}.JsonPropertyInfoValues<TProperty>")
            .OpenBlock()
            .Line("IsProperty = true,")
            .Line("IsPublic = true,")
            .Line("IsVirtual = isVirtual,")
            .Line("DeclaringType = typeof(TDeclaring),")
            .Line("Converter = null,")
            .Line("Getter = getter,")
            .Line("Setter = setter,")
            .Line("IgnoreCondition = ignoreCondition,")
            .Line("HasJsonInclude = hasJsonInclude,")
            .Line("IsExtensionData = false,")
            .Line("NumberHandling = null,")
            .Line("PropertyName = name,")
            .Line("JsonPropertyName = jsonName,")
            .CloseBlock(");")
            .Outdent();
        if (properties.Any(p => p.Setter == JsonSetterKind.InitThroughConstructor))
        {
            writer.Line()
                .Line($"private static global::System.InvalidOperationException {SetThroughConstructor}(string property) =>")
                .Indent()
                .Line("new(property + \" is set through the constructor.\");")
                .Outdent();
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
}
