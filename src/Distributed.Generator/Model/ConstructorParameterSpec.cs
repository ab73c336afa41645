namespace ModularPipelines.Distributed.Generator.Model;

/// <summary>A module constructor parameter, resolved from <c>IServiceProvider</c> by the generated factory.</summary>
/// <param name="TypeName">The parameter type, fully qualified with <c>global::</c>.</param>
/// <param name="IsOptional">Nullable or defaulted: resolved with <c>GetService</c> instead of <c>GetRequiredService</c>.</param>
/// <param name="IsServiceProvider">The parameter is <c>IServiceProvider</c> itself.</param>
internal sealed record ConstructorParameterSpec(string TypeName, bool IsOptional, bool IsServiceProvider);
