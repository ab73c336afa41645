using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using ModularPipelines.Distributed.Generator.Emitter;
using ModularPipelines.Distributed.Generator.Graph;
using ModularPipelines.Distributed.Generator.Model;
using ModularPipelines.Distributed.Generator.Parser;

namespace ModularPipelines.Distributed.Generator;

/// <summary>
/// Finds every concrete <c>Module&lt;T&gt;</c> and emits the module graph, constructor factories, JSON metadata
/// for the result types and the graph fingerprint: what other tools do by reflection at run time, done at build time.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class PipelineGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // One entry per syntax tree, compared by reference: only an edited tree is read again. (A syntax provider would
        // do the same walk, but Roslyn creates a semantic model for every tree on every run before filtering, which
        // costs more than everything else an edit does here.)
        var trees = context.CompilationProvider
            .SelectMany(static (compilation, _) => compilation.SyntaxTrees)
            .Select(static (tree, cancellationToken) => DeclarationShape.Read(tree, cancellationToken));

        // Semantic parses run again only when their key changed, and then against the current compilation.
        var declarationKey = DeclarationKeys.Create(context, trees);
        var currentCompilation = context.CompilationProvider.Select(static (compilation, _) => new CompilationHandle(compilation));

        // A candidate is the class node itself: the same object while its tree is unchanged, so it compares equal
        // across runs and is not parsed again. Only these unnamed steps carry syntax (as ForAttributeWithMetadataName's
        // contexts do); every named step's output is a plain value model.
        var modules = trees
            .SelectMany(static (tree, _) => tree.Candidates)
            .Combine(declarationKey)
            .Select(static (pair, _) => new ModuleCandidate(pair.Left, pair.Right))
            .Combine(currentCompilation)
            .WithComparer(IgnoreCompilationComparer<ModuleCandidate>.Instance)
            .Select(static (input, cancellationToken) => ModuleParser.Parse(input.Item1, input.Item2, cancellationToken))
            .WithTrackingName(TrackingNames.ModuleSpecs)
            .Where(static spec => spec is not null)
            .Select(static (spec, _) => spec!)
            .Collect()
            .Select(static (specs, _) => specs
                .GroupBy(s => s.Id, StringComparer.Ordinal)
                .Select(g => g.First())
                .OrderBy(s => s.Id, StringComparer.Ordinal)
                .ToEquatableArray())
            .WithTrackingName(TrackingNames.Modules);

        // Assembly attributes, the assembly name and the references are all in the declaration key.
        var assembly = declarationKey
            .Combine(currentCompilation)
            .WithComparer(IgnoreCompilationComparer<ulong>.Instance)
            .Select(static (input, cancellationToken) => AssemblyParser.Parse(input.Item2.Compilation, cancellationToken))
            .WithTrackingName(TrackingNames.AssemblySpec);

        var pipeline = modules.Combine(assembly)
            .Select(static (pair, _) => pair.Right is { } assemblySpec && pair.Left.Count > 0 ? new PipelineSpec(assemblySpec, pair.Left) : null)
            .WithTrackingName(TrackingNames.Pipeline);

        // The last model step: the graph as it is printed. It runs again only when a parsed module or the assembly
        // changed, and leaves the emitter unrun when the graph it builds is the same as before.
        var graph = pipeline
            .Select(static (spec, _) => spec is null ? null : GraphBuilder.Build(spec))
            .WithTrackingName(TrackingNames.Graph);

        var resultShapes = modules
            .Select(static (specs, _) => specs
                .Select(s => s.ResultShape)
                .GroupBy(s => s.RootTypeName, StringComparer.Ordinal)
                .Select(g => g.First())
                .ToEquatableArray())
            .WithTrackingName(TrackingNames.ResultShapes);

        var jsonContext = resultShapes
            .Select(static (shapes, _) => JsonContextBuilder.Build(shapes))
            .WithTrackingName(TrackingNames.JsonContext);

        context.RegisterSourceOutput(graph, static (output, spec) =>
        {
            if (spec is not null)
            {
                output.AddSource(GraphEmitter.HintName, GraphEmitter.Emit(spec));
            }
        });

        // Emitted whenever there is a module, even one with no supported result type: the graph names the context.
        context.RegisterSourceOutput(jsonContext.Combine(assembly), static (output, pair) =>
        {
            if (pair.Right is not null && pair.Left is { } spec)
            {
                output.AddSource(JsonMetadataEmitter.HintName, JsonMetadataEmitter.Emit(spec));
            }
        });
    }
}
