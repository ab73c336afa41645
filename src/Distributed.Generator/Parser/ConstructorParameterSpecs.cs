using Microsoft.CodeAnalysis;
using ModularPipelines.Distributed.Generator.Model;

namespace ModularPipelines.Distributed.Generator.Parser;

/// <summary>
/// Where a generated factory gets each constructor argument, for modules and skip conditions alike: both are built from
/// the pipeline's services the same way.
/// </summary>
internal static class ConstructorParameterSpecs
{
    /// <summary>The parameter's type name and where the factory gets its argument: the provider, its default, or a service.</summary>
    public static ConstructorParameterSpec From(ConstructorParameter parameter)
    {
        var type = parameter.Type;
        var isServiceProvider = type is INamedTypeSymbol { Name: "IServiceProvider", ContainingNamespace.Name: "System" };
        var isNullableValueType = type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T };
        var defaultValue = parameter.HasDefaultValue && DefaultValueLiterals.TryFormat(parameter.DefaultValue, type, out var literal)
            ? literal
            : null;
        var isOptional = defaultValue is not null || isNullableValueType
            || (!type.IsValueType && parameter.IsAnnotated);
        var typeName = (type.IsValueType ? type : type.WithNullableAnnotation(NullableAnnotation.NotAnnotated)).ToFullyQualifiedName();
        return new ConstructorParameterSpec(typeName, SourceOf(isServiceProvider, type.IsValueType && !isNullableValueType, isOptional, defaultValue), defaultValue);
    }

    /// <summary>
    /// Required services must be registered; optional ones fall back to their default. A non-nullable value type with a
    /// default is not a service at all and gets its default, and a <c>null</c> default needs no fallback.
    /// </summary>
    private static ConstructorArgumentSource SourceOf(bool isServiceProvider, bool isNonNullableValueType, bool isOptional, string? defaultValue) =>
        isServiceProvider ? ConstructorArgumentSource.ServiceProvider
        : isNonNullableValueType && defaultValue is not null ? ConstructorArgumentSource.DefaultValue
        : !isOptional ? ConstructorArgumentSource.RequiredService
        : defaultValue is not null and not "null" ? ConstructorArgumentSource.OptionalServiceOrDefault
        : ConstructorArgumentSource.OptionalService;
}
