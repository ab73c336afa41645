using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ModularPipelines.Distributed.Generator.Emitter;
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
        // The syntax step returns the node itself: the same object while its tree is unchanged, so the candidate compares
        // equal across runs. Roslyn runs a syntax provider's transform for every candidate after every edit; binding
        // there would cost every module's semantic parse on every keystroke.
        var candidates = context.SyntaxProvider
            .CreateSyntaxProvider(ModuleParser.IsCandidate, static (syntax, _) => (ClassDeclarationSyntax)syntax.Node)
            .Combine(DeclarationKeys.Create(context))
            .Select(static (pair, _) => new ModuleCandidate(pair.Left, pair.Right));

        // Parsed again only when the candidate (its node or the declaration key) changed, against the current compilation.
        var currentCompilation = context.CompilationProvider.Select(static (compilation, _) => new CompilationHandle(compilation));
        var modules = candidates
            .Combine(currentCompilation)
            .WithComparer(ModuleParseInputComparer.Instance)
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

        var assembly = context.CompilationProvider
            .Select(AssemblyParser.Parse)
            .WithTrackingName(TrackingNames.AssemblySpec);

        var pipeline = modules.Combine(assembly)
            .Select(static (pair, _) => pair.Right is { } assemblySpec && pair.Left.Count > 0 ? new PipelineSpec(assemblySpec, pair.Left) : null)
            .WithTrackingName(TrackingNames.Pipeline);

        var resultShapes = modules
            .Select(static (specs, _) => specs
                .Select(s => s.ResultShape)
                .GroupBy(s => s.RootTypeName, StringComparer.Ordinal)
                .Select(g => g.First())
                .ToEquatableArray())
            .WithTrackingName(TrackingNames.ResultShapes);

        context.RegisterSourceOutput(pipeline, static (output, spec) =>
        {
            if (spec is not null)
            {
                output.AddSource(GraphEmitter.HintName, GraphEmitter.Emit(spec));
            }
        });

        context.RegisterSourceOutput(resultShapes.Combine(assembly), static (output, pair) =>
        {
            if (pair.Right is not null && pair.Left.Count > 0)
            {
                output.AddSource(JsonMetadataEmitter.HintName, JsonMetadataEmitter.Emit(pair.Left));
            }
        });
    }
}
