using Microsoft.CodeAnalysis;

namespace ModularPipelines.Distributed.Generator.Parser;

/// <summary>A parameter of the constructor a generated factory calls, read from its symbol or from its syntax.</summary>
/// <param name="Type">The parameter type.</param>
/// <param name="IsAnnotated">The type is written with <c>?</c> in an annotations-enabled context (Roslyn's annotation, value types included).</param>
/// <param name="HasDefaultValue">The parameter declares a default value.</param>
/// <param name="DefaultValue">The declared default value (null when there is none, or when it is <c>null</c>).</param>
internal readonly record struct ConstructorParameter(ITypeSymbol Type, bool IsAnnotated, bool HasDefaultValue, object? DefaultValue)
{
    public static ConstructorParameter From(IParameterSymbol parameter) => new(
        parameter.Type,
        parameter.NullableAnnotation == NullableAnnotation.Annotated,
        parameter.HasExplicitDefaultValue,
        parameter.HasExplicitDefaultValue ? parameter.ExplicitDefaultValue : null);
}
