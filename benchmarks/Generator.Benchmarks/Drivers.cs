using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ModularPipelines.Distributed.Generator.Benchmarks;

/// <summary>Generator drivers for the pipeline generator, as the compiler creates them.</summary>
public static class Drivers
{
    /// <summary>A fresh driver: no cached state from any earlier run.</summary>
    /// <param name="trackSteps">Record every step's inputs, outputs and reasons (for checks, not for timing).</param>
    public static GeneratorDriver Create(bool trackSteps) =>
        CSharpGeneratorDriver.Create(
            [new PipelineGenerator().AsSourceGenerator()],
            parseOptions: SyntheticPipeline.ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackSteps));
}
