using System.Reflection;
using Microsoft.Extensions.Logging;
using ModularPipelines.Distributed.Generated;
using ModularPipelines.Distributed.Json.Tests.Modules;

namespace ModularPipelines.Distributed.Json.Tests.Support;

/// <summary>
/// This assembly's generated graph, ready to run: without <see cref="NameConflictModule"/>, whose result type no
/// serializer can describe (System.Text.Json throws on its metadata, reflection or source-generated alike, because two
/// properties share a JSON name) and which the runtime would refuse before the run starts.
/// </summary>
internal static class RunnableGraph
{
    /// <summary>A builder for the graph, logging nothing, handed over through the runtime's test seam.</summary>
    /// <remarks>The seam is internal, reached by reflection because this assembly has no InternalsVisibleTo.</remarks>
    public static PipelineBuilder CreateBuilder(string[] args)
    {
        var builder = Pipeline.CreateBuilder(args);
        builder.Logging.ClearProviders();
        var generated = ModularPipelinesGraph.Create();
        var runnable = new PipelineDefinition(
            generated.AssemblyName,
            generated.Fingerprint,
            [.. generated.Modules.Where(m => m.ModuleType != typeof(NameConflictModule))],
            generated.ResultTypeResolver)
        {
            UserResultTypeResolver = generated.UserResultTypeResolver,
        };
        var useForTesting = typeof(PipelineBuilder).GetMethod("UseForTesting", BindingFlags.Instance | BindingFlags.NonPublic)
            ?? throw new InvalidOperationException("PipelineBuilder.UseForTesting(definitions, output, error) is gone: update this test's seam.");
        useForTesting.Invoke(builder, [new[] { runnable }, TextWriter.Null, TextWriter.Null]);
        return builder;
    }
}
