using System.Linq;
using ModularPipelines.Distributed.Generator.Model;

namespace ModularPipelines.Distributed.Generator.Graph;

/// <summary>
/// The step between the parser and the graph emitter: from the parsed modules to the final graph, with matrix
/// instances expanded, edges on abstract bases and all others resolved to node ids and the fingerprint computed. The parsed modules are already plain
/// values, so this needs no symbols, and its output compares equal whenever the graph it describes is the same.
/// </summary>
internal static class GraphBuilder
{
    public static GraphSpec Build(PipelineSpec pipeline)
    {
        var nodes = MatrixExpansion.Expand(BaseDependencies.Resolve(pipeline.Modules));
        // Conditions are built from the services as modules are, with the same helpers.
        var sources = pipeline.Modules
            .SelectMany(m => m.ConstructorParameters
                .Concat(m.SkipConditions.Concat(m.IgnoreFailureConditions).SelectMany(c => c.ConstructorParameters)))
            .Select(p => p.Source)
            .ToList();
        return new GraphSpec
        {
            Assembly = pipeline.Assembly,
            Nodes = nodes.ToEquatableArray(),
            Fingerprint = GraphFingerprint.Compute(nodes, pipeline.Modules.Select(m => m.ResultShape)),
            UsesRequiredServices = sources.Contains(ConstructorArgumentSource.RequiredService),
            UsesOptionalServices = sources.Any(s => s is ConstructorArgumentSource.OptionalService or ConstructorArgumentSource.OptionalServiceOrDefault),
        };
    }
}
