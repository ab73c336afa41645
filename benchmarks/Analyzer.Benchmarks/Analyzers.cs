using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ModularPipelines.Distributed.Analyzers;

namespace ModularPipelines.Distributed.Analyzer.Benchmarks;

/// <summary>The analyzers under measurement, and a check that they accept the synthetic pipelines.</summary>
public static class Analyzers
{
    /// <summary>Every analyzer of ModularPipelines.Distributed.Analyzers.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> All { get; } = typeof(DependencyCycleAnalyzer).Assembly.GetTypes()
        .Where(t => t is { IsAbstract: false } && t.IsSubclassOf(typeof(DiagnosticAnalyzer)) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    /// <summary>
    /// The dependency checks: the cycle (MPD0008, on the whole graph at the end of the compilation), each
    /// <c>[DependsOn]</c> (MPD0009, MPD0017) and each <c>GetModule&lt;T&gt;()</c> read (MPD0010, MPD0013, MPD0018).
    /// </summary>
    public static ImmutableArray<DiagnosticAnalyzer> Dependencies { get; } =
        [new DependencyCycleAnalyzer(), new DependsOnAnalyzer(), new ModuleContextAnalyzer()];

    public static Task<ImmutableArray<Diagnostic>> RunAsync(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers) =>
        Run(compilation, analyzers, logExecutionTime: false).GetAnalyzerDiagnosticsAsync(CancellationToken.None);

    public static CompilationWithAnalyzers Run(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, bool logExecutionTime) =>
        new(compilation, analyzers, new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]),
            onAnalyzerException: null,
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: logExecutionTime,
            reportSuppressedDiagnostics: false));

    /// <summary>Fails unless the compilation has no errors and the analyzers report nothing: the pipeline is valid.</summary>
    public static void AssertClean(Compilation compilation)
    {
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Take(5).ToList();
        var reported = RunAsync(compilation, All).GetAwaiter().GetResult().Take(5).ToList();
        if (errors.Count > 0 || reported.Count > 0)
        {
            throw new InvalidOperationException(
                $"{compilation.AssemblyName} is not a clean pipeline: {string.Join("; ", errors.Concat(reported))}");
        }
    }
}
