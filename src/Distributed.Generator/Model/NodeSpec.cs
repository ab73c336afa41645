namespace ModularPipelines.Distributed.Generator.Model;

/// <summary>One graph node: a module, or one matrix instance of it.</summary>
/// <param name="Module">The module class.</param>
/// <param name="Id">The node id: <c>Namespace.Type</c> or <c>Namespace.Type[target]</c>.</param>
/// <param name="DisplayName"><c>Type</c> or <c>Type[target]</c>.</param>
/// <param name="MatrixTarget">The instance's target, or null.</param>
/// <param name="Dependencies">Ids of the nodes it waits for.</param>
/// <param name="RequiredCapabilities">The module's capabilities plus the matrix target.</param>
internal sealed record NodeSpec(
    ModuleSpec Module,
    string Id,
    string DisplayName,
    string? MatrixTarget,
    EquatableArray<string> Dependencies,
    EquatableArray<string> RequiredCapabilities);
