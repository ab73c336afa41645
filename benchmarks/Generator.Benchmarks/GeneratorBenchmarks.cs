using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;

namespace ModularPipelines.Distributed.Generator.Benchmarks;

/// <summary>
/// The pipeline generator on a synthetic 1,000-module compilation. Step tracking is off, as in a real build.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private SyntheticPipeline _pipeline = null!;
    private GeneratorDriver _warm = null!;
    private Compilation _newCompilation = null!;
    private Compilation _clonedCompilation = null!;

    [Params(1000)]
    public int Modules { get; set; }

    [GlobalSetup]
    public void CreatePipelineAndCheckIncrementality()
    {
        _pipeline = SyntheticPipeline.Create(Modules);
        Console.WriteLine(IncrementalityCheck.Verify(_pipeline));
        _warm = Drivers.Create(trackSteps: false).RunGenerators(_pipeline.Compilation);
    }

    /// <summary>A copy of the compilation with no source symbol bound; made outside the measured call.</summary>
    [IterationSetup(Target = nameof(FullRunFreshCompilation))]
    public void CloneCompilation() => _clonedCompilation = _pipeline.Compilation.Clone();

    /// <summary>
    /// A fresh driver on a compilation no one has bound yet (a clone: it keeps the declaration table and the loaded
    /// references), so the generator pays for the binding it asks for.
    /// </summary>
    [Benchmark(Baseline = true)]
    public GeneratorDriver FullRunFreshCompilation() =>
        Drivers.Create(trackSteps: false).RunGenerators(_clonedCompilation);

    /// <summary>
    /// A build in the compiler server: new syntax trees (so a new declaration table and no source symbol bound) over the
    /// metadata references the server keeps loaded between builds. Parsing is the compiler's, before generators run.
    /// </summary>
    [IterationSetup(Target = nameof(FullRunNewCompilation))]
    public void CreateNewCompilation() => _newCompilation = _pipeline.NewCompilation();

    /// <summary>The generator's full run in a build: see <see cref="CreateNewCompilation"/>.</summary>
    [Benchmark]
    public GeneratorDriver FullRunNewCompilation() =>
        Drivers.Create(trackSteps: false).RunGenerators(_newCompilation);

    /// <summary>A fresh driver on a compilation whose symbols are already bound: the generator's own cost of a full run.</summary>
    [Benchmark]
    public GeneratorDriver FullRunBoundCompilation() =>
        Drivers.Create(trackSteps: false).RunGenerators(_pipeline.Compilation);

    /// <summary>The IDE after a keystroke in a file with no module: the warm driver on the edited compilation.</summary>
    [Benchmark]
    public GeneratorDriver UnrelatedEditWarmDriver() => _warm.RunGenerators(_pipeline.WithUnrelatedEdit());

    /// <summary>The IDE after a keystroke inside one module's ExecuteAsync body.</summary>
    [Benchmark]
    public GeneratorDriver ModuleBodyEditWarmDriver() => _warm.RunGenerators(_pipeline.WithModuleBodyEdit());
}
