namespace ModularPipelines.Distributed.Generator.Model;

/// <summary>A <c>[DependsOn&lt;T&gt;]</c> edge: the depended-on module's id and its matrix targets, read from its own symbol.</summary>
/// <param name="ModuleId">The depended-on module's type id, <c>Namespace.Type</c>.</param>
/// <param name="MatrixTargets">Its matrix targets; the edge goes to every instance.</param>
internal sealed record DependencySpec(string ModuleId, EquatableArray<string> MatrixTargets);
