using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace ModularPipelines.Distributed.Analyzers.Tests.Support;

/// <summary>
/// Runs an analyzer over sources written with <c>{|MPDnnnn:...|}</c> markup and checks that exactly the marked
/// diagnostics are reported (compiler errors count too, so every source must compile).
/// </summary>
/// <typeparam name="TAnalyzer">The analyzer under test.</typeparam>
internal static class Verify<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    /// <summary>Each source is one file (File0.cs, File1.cs, …); common usings are global.</summary>
    public static Task DiagnosticsAsync(params string[] sources) => DiagnosticsAsync(sources, []);

    /// <summary>As <see cref="DiagnosticsAsync(string[])"/>, with diagnostics that markup cannot express (messages, several locations).</summary>
    public static Task DiagnosticsAsync(string[] sources, DiagnosticResult[] expected)
    {
        var test = Create(sources);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>A diagnostic with the given id, for <see cref="DiagnosticsAsync(string[], DiagnosticResult[])"/>.</summary>
    public static DiagnosticResult Diagnostic(string id) => CSharpAnalyzerVerifier<TAnalyzer, DefaultVerifier>.Diagnostic(id);

    private static CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> Create(string[] sources)
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
        {
            ReferenceAssemblies = TestReferences.Framework,
        };
        test.TestState.AdditionalReferences.AddRange(TestReferences.All);
        for (var i = 0; i < sources.Length; i++)
        {
            test.TestState.Sources.Add(($"File{i}.cs", sources[i]));
        }

        test.TestState.Sources.Add(("GlobalUsings.cs", Modules.GlobalUsings));
        test.SolutionTransforms.Add((solution, projectId) =>
        {
            var options = (CSharpCompilationOptions)solution.GetProject(projectId)!.CompilationOptions!;
            return solution.WithProjectCompilationOptions(projectId, options.WithNullableContextOptions(NullableContextOptions.Enable));
        });
        return test;
    }
}
