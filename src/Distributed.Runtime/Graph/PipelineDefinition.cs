using System.ComponentModel;
using System.Text.Json.Serialization.Metadata;

namespace ModularPipelines.Distributed;

/// <summary>The module graph of one assembly, as emitted by the generator.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class PipelineDefinition
{
    /// <summary>Creates the definition.</summary>
    /// <param name="assemblyName">The assembly whose modules these are, for messages.</param>
    /// <param name="fingerprint">A hash over node ids, edges, attributes and result-type shapes.</param>
    /// <param name="modules">The graph nodes, matrix instances expanded.</param>
    /// <param name="resultTypeResolver">JSON metadata for the result types, generated at build time.</param>
    public PipelineDefinition(string assemblyName, string fingerprint, IReadOnlyList<ModuleDefinition> modules, IJsonTypeInfoResolver resultTypeResolver)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(assemblyName);
        ArgumentException.ThrowIfNullOrWhiteSpace(fingerprint);
        ArgumentNullException.ThrowIfNull(modules);
        ArgumentNullException.ThrowIfNull(resultTypeResolver);
        AssemblyName = assemblyName;
        Fingerprint = fingerprint;
        Modules = modules;
        ResultTypeResolver = resultTypeResolver;
    }

    /// <summary>The assembly whose modules these are.</summary>
    public string AssemblyName { get; }

    /// <summary>A hash over node ids, edges, attributes and result-type shapes; workers must match the master's.</summary>
    public string Fingerprint { get; }

    /// <summary>The graph nodes, matrix instances expanded.</summary>
    public IReadOnlyList<ModuleDefinition> Modules { get; }

    /// <summary>
    /// JSON metadata for the result types: in generated graphs the assembly's <c>PipelineResultJsonContext.Default</c>,
    /// the same object the pipeline's own code serializes with.
    /// </summary>
    public IJsonTypeInfoResolver ResultTypeResolver { get; }

    /// <summary>
    /// A user <c>JsonSerializerContext</c> that covers result types the generated metadata cannot, or <see langword="null"/>.
    /// </summary>
    public IJsonTypeInfoResolver? UserResultTypeResolver { get; init; }
}
