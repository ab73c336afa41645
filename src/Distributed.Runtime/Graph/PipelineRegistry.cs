using System.ComponentModel;

namespace ModularPipelines.Distributed;

/// <summary>
/// Where generated module initializers hand their graphs to the runtime. The registry is the only source of
/// module types: nothing is looked up by name or reflection.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class PipelineRegistry
{
    private static readonly Lock Gate = new();
    private static readonly List<PipelineDefinition> Definitions = [];

    /// <summary>Registers one assembly's graph. Called by the generated module initializer.</summary>
    /// <param name="definition">The graph.</param>
    public static void Register(PipelineDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        lock (Gate)
        {
            if (!Definitions.Exists(d => d.AssemblyName == definition.AssemblyName))
            {
                Definitions.Add(definition);
            }
        }
    }

    internal static IReadOnlyList<PipelineDefinition> Snapshot()
    {
        lock (Gate)
        {
            return [.. Definitions];
        }
    }
}
