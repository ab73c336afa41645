using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace ModularPipelines.Distributed.Analyzers.Tests.Support;

/// <summary>
/// Runs a code fix over sources written with <c>{|MPDnnnn:...|}</c> markup and compares the result with the fixed
/// sources (markup there names the diagnostics that must remain). The test checks the single fix, Fix All in the
/// document, project and solution, and that the fixed sources compile.
/// </summary>
/// <typeparam name="TAnalyzer">The analyzer that reports the diagnostic.</typeparam>
/// <typeparam name="TCodeFix">The code fix under test.</typeparam>
internal static class VerifyFix<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    /// <summary>One file before and after the fix; common usings are global (GlobalUsings.cs).</summary>
    public static Task FixAsync(string source, string fixedSource) => Create(source, fixedSource).RunAsync();

    /// <summary>A test of one file (File0.cs) before and after; set more properties before <c>RunAsync</c>.</summary>
    public static Test Create(string source, string fixedSource) => Create([source], [fixedSource]);

    /// <summary>A test of several files (File0.cs, File1.cs, …) before and after.</summary>
    public static Test Create(string[] sources, string[] fixedSources, bool globalUsings = true)
    {
        var test = new Test
        {
            ReferenceAssemblies = TestReferences.Framework,
        };
        test.TestState.AdditionalReferences.AddRange(TestReferences.All);
        for (var i = 0; i < sources.Length; i++)
        {
            test.TestState.Sources.Add(($"File{i}.cs", sources[i]));
        }

        for (var i = 0; i < fixedSources.Length; i++)
        {
            test.FixedState.Sources.Add(($"File{i}.cs", fixedSources[i]));
        }

        if (globalUsings)
        {
            test.TestState.Sources.Add(("GlobalUsings.cs", Modules.GlobalUsings));
            test.FixedState.Sources.Add(("GlobalUsings.cs", Modules.GlobalUsings));
        }

        test.SolutionTransforms.Add((solution, projectId) =>
        {
            var options = (CSharpCompilationOptions)solution.GetProject(projectId)!.CompilationOptions!;
            return solution.WithProjectCompilationOptions(projectId, options.WithNullableContextOptions(NullableContextOptions.Enable));
        });
        return test;
    }

    /// <summary>The code fix test, with System.Text.Json's source generator when <see cref="RunJsonSourceGenerator"/> is set.</summary>
    public sealed class Test : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    {
        private bool _runJsonSourceGenerator;

        /// <summary>
        /// Runs the JSON source generator of the targeting pack, so that contexts are complete, as in a real build
        /// (what it generates is not compared).
        /// </summary>
        public bool RunJsonSourceGenerator
        {
            get => _runJsonSourceGenerator;
            set
            {
                _runJsonSourceGenerator = value;
                if (value)
                {
                    TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
                }
            }
        }

        /// <inheritdoc />
        protected override IEnumerable<Type> GetSourceGenerators() =>
            _runJsonSourceGenerator ? [JsonSourceGenerator.Type] : base.GetSourceGenerators();
    }
}
