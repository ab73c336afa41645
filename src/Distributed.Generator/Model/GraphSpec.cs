namespace ModularPipelines.Distributed.Generator.Model;

/// <summary>
/// The graph of one compilation, final: what the graph emitter prints, with nothing left for it to work out. Built from
/// the <see cref="PipelineSpec"/> by the graph step, so that it stays cached while the parsed modules do.
/// </summary>
internal sealed record GraphSpec
{
    public required AssemblySpec Assembly { get; init; }

    /// <summary>The nodes in module id order, a matrix module's instances in the order of its targets.</summary>
    public required EquatableArray<NodeSpec> Nodes { get; init; }

    /// <summary>A SHA-256 over node ids, edges, attributes and result-type shapes, as lowercase hex.</summary>
    public required string Fingerprint { get; init; }

    /// <summary>Some factory calls <c>GetRequiredService</c>, so the graph class needs its short helper.</summary>
    public required bool UsesRequiredServices { get; init; }

    /// <summary>Some factory calls <c>GetService</c>, so the graph class needs its short helper.</summary>
    public required bool UsesOptionalServices { get; init; }
}
