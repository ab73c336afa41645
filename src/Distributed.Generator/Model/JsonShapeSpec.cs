using System.Linq;

namespace ModularPipelines.Distributed.Generator.Model;

/// <summary>
/// The JSON shape of one module's result type: the root type and every type reachable from it that needs
/// metadata (the closure), in a deterministic order.
/// </summary>
/// <param name="RootTypeName">The result type, fully qualified with <c>global::</c>.</param>
/// <param name="Types">The root and the types it reaches; empty when the generated metadata cannot describe the root.</param>
internal sealed record JsonShapeSpec(string RootTypeName, EquatableArray<JsonTypeSpec> Types)
{
    /// <summary>Whether the generated metadata covers the root type; otherwise a user context must.</summary>
    public bool IsSupported => Types.Count > 0;

    /// <summary>A canonical text of the shape, hashed into the graph fingerprint.</summary>
    public string Describe() => RootTypeName + "{" + string.Join(";", Types.Select(t => t.Describe())) + "}";
}
