namespace ModularPipelines.Distributed.Generator.Model;

/// <summary>A module constructor parameter and where the generated factory gets its argument.</summary>
/// <param name="TypeName">The parameter type, fully qualified with <c>global::</c> (nullable value types keep their <c>?</c>).</param>
/// <param name="Source">The provider, the default value, or a required or optional service.</param>
/// <param name="DefaultValue">The C# expression of the parameter's default value, or null when it has none.</param>
internal sealed record ConstructorParameterSpec(string TypeName, ConstructorArgumentSource Source, string? DefaultValue);
