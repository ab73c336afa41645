namespace ModularPipelines.Distributed.Generator.Model;

/// <summary>A module constructor parameter, resolved from <c>IServiceProvider</c> by the generated factory.</summary>
/// <param name="TypeName">The parameter type, fully qualified with <c>global::</c> (nullable value types keep their <c>?</c>).</param>
/// <param name="IsOptional">Nullable or defaulted: resolved with <c>GetService</c> instead of <c>GetRequiredService</c>.</param>
/// <param name="IsServiceProvider">The parameter is <c>IServiceProvider</c> itself.</param>
/// <param name="IsValueType">The parameter is a non-nullable value type: a default value is passed as it is.</param>
/// <param name="DefaultValue">The C# expression of the parameter's default value, or null when it has none.</param>
internal sealed record ConstructorParameterSpec(string TypeName, bool IsOptional, bool IsServiceProvider, bool IsValueType, string? DefaultValue);
