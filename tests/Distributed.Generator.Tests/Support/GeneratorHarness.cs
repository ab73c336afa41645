using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ModularPipelines.Distributed.Generator.Tests.Support;

/// <summary>Runs <see cref="PipelineGenerator"/> with step tracking on, the way the compiler would.</summary>
internal static class GeneratorHarness
{
    public static GeneratorDriver CreateDriver() =>
        CSharpGeneratorDriver.Create(
            [new PipelineGenerator().AsSourceGenerator()],
            parseOptions: TestCompilation.ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs a fresh driver over the compilation.</summary>
    public static GeneratorRun Run(Compilation compilation) => GeneratorRun.Execute(CreateDriver(), compilation);

    /// <summary>Runs a fresh driver over the sources and asserts the generated code compiles cleanly.</summary>
    public static GeneratorRun RunAndAssertCompiles(params string[] sources)
    {
        var run = Run(TestCompilation.Create(sources));
        run.AssertInputCompiles();
        run.AssertGeneratedCodeCompiles();
        return run;
    }
}
