namespace ModularPipelines.Distributed.Generator.Model;

/// <summary>A <c>[DependsOn&lt;T&gt;]</c> edge: the depended-on module's id and its matrix targets, read from its own symbol.</summary>
/// <param name="ModuleId">The depended-on module's type id, <c>Namespace.Type</c>; an abstract base's when <paramref name="OnBase"/>.</param>
/// <param name="MatrixTargets">Its matrix targets; the edge goes to every instance.</param>
/// <param name="Optional">Declared with <c>Optional = true</c>: the run-a-subset selection does not follow it.</param>
/// <param name="OnBase">
/// On an abstract module class: the graph step replaces it with an edge to every module deriving from it (see
/// <see cref="ModuleSpec.BaseIds"/>), which only the whole compilation knows.
/// </param>
internal sealed record DependencySpec(string ModuleId, EquatableArray<string> MatrixTargets, bool Optional = false, bool OnBase = false);
