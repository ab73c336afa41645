namespace ModularPipelines.Distributed.Generator.Model;

/// <summary>A <c>[SkipIf&lt;T&gt;]</c> condition of a module and how its generated factory builds it.</summary>
/// <param name="TypeName">The condition type, fully qualified with <c>global::</c>.</param>
/// <param name="ConstructorParameters">The parameters of the constructor the factory calls; empty when <paramref name="FailureMessage"/> is set.</param>
/// <param name="FailureMessage">
/// Null when generated code can construct the condition; otherwise the message of the exception its factory throws, so
/// that the module fails instead of running unchecked (the analyzers report it at build time as MPD0022).
/// </param>
internal sealed record SkipConditionSpec(string TypeName, EquatableArray<ConstructorParameterSpec> ConstructorParameters, string? FailureMessage);
