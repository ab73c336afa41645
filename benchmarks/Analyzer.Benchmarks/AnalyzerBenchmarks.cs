using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ModularPipelines.Distributed.Analyzer.Benchmarks;

/// <summary>
/// The analyzers on synthetic pipelines of 1,000, 2,000 and 4,000 modules, as a chain and as a random DAG. Linear
/// checks take twice as long on twice the modules: see the "per module" column.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PerModuleConfig))]
public class AnalyzerBenchmarks
{
    private CSharpCompilation _compilation = null!;

    [Params(GraphShape.Chain, GraphShape.RandomDag)]
    public GraphShape Shape { get; set; }

    [Params(1000, 2000, 4000)]
    public int Modules { get; set; }

    /// <summary>Creates the compilation, binds its declarations once, and checks that nothing is reported on it.</summary>
    [GlobalSetup]
    public void CreateCompilation()
    {
        _compilation = SyntheticGraph.Create(Shape, Modules);
        Analyzers.AssertClean(_compilation);
    }

    /// <summary>
    /// What any analyzer driver pays before an analyzer runs: a semantic model per file and the binding of every method
    /// body (the operation trees MPD0010 inspects come from it). The baseline of the two runs below.
    /// </summary>
    [Benchmark(Baseline = true)]
    public int BindMethodBodies()
    {
        var count = 0;
        foreach (var tree in _compilation.SyntaxTrees)
        {
            count += _compilation.GetSemanticModel(tree).GetMethodBodyDiagnostics().Length;
        }

        return count;
    }

    /// <summary>The dependency checks alone: DependencyCycleAnalyzer, DependsOnAnalyzer, ModuleContextAnalyzer.</summary>
    [Benchmark]
    public Task<ImmutableArray<Diagnostic>> DependencyAnalyzers() => Analyzers.RunAsync(_compilation, Analyzers.Dependencies);

    /// <summary>Every analyzer, as in a build.</summary>
    [Benchmark]
    public Task<ImmutableArray<Diagnostic>> AllAnalyzers() => Analyzers.RunAsync(_compilation, Analyzers.All);
}
