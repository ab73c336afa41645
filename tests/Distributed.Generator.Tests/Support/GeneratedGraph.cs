using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using ModularPipelines.Distributed.Generator.Emitter;

namespace ModularPipelines.Distributed.Generator.Tests.Support;

/// <summary>
/// Emits the output compilation to IL, loads it into a collectible load context and calls the generated
/// <c>Create()</c>: tests then read the real <see cref="PipelineDefinition"/> instead of the generated text's layout.
/// </summary>
internal static class GeneratedGraph
{
    private const string GraphTypeName = "ModularPipelines.Distributed.Generated." + GraphEmitter.ClassName;

    public static PipelineDefinition Load(GeneratorRun run)
    {
        using var image = new MemoryStream();
        var emit = run.Output.Emit(image);
        Assert.That(emit.Success, Is.True, () => "The generated code does not emit:\n" + string.Join("\n", emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        image.Position = 0;
        var context = new AssemblyLoadContext("generated-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        var assembly = context.LoadFromStream(image);
        var graphType = assembly.GetType(GraphTypeName) ?? throw new AssertionException($"The generated assembly has no {GraphTypeName}.");
        return (PipelineDefinition)graphType.GetMethod("Create")!.Invoke(null, null)!;
    }

    /// <summary>The definition of one node; fails when there is not exactly one.</summary>
    public static ModuleDefinition Node(this PipelineDefinition pipeline, string id)
    {
        var matches = pipeline.Modules.Where(m => m.Id == id).ToList();
        Assert.That(matches, Has.Count.EqualTo(1), () => $"Expected one node '{id}'; nodes: [{string.Join(", ", pipeline.Modules.Select(m => m.Id))}].");
        return matches[0];
    }
}
