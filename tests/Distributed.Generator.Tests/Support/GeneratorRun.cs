using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using ModularPipelines.Distributed.Generator.Emitter;

namespace ModularPipelines.Distributed.Generator.Tests.Support;

/// <summary>One generator pass: the driver (to run again incrementally), its input and output compilations, and what it produced.</summary>
internal sealed partial class GeneratorRun
{
    private GeneratorRun(GeneratorDriver driver, Compilation input, Compilation output, ImmutableArray<Diagnostic> diagnostics)
    {
        Driver = driver;
        Input = input;
        Output = output;
        GeneratorDiagnostics = diagnostics;
    }

    public GeneratorDriver Driver { get; }

    public Compilation Input { get; }

    public Compilation Output { get; }

    public ImmutableArray<Diagnostic> GeneratorDiagnostics { get; }

    /// <summary>The result of the one generator under test.</summary>
    public GeneratorRunResult Result => Driver.GetRunResult().Results.Single();

    /// <summary>Generated sources by hint name, in the order the generator added them.</summary>
    public IReadOnlyDictionary<string, string> Sources =>
        Result.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);

    /// <summary>The generated graph source, or null when the generator emitted none.</summary>
    public string? GraphSource => Sources.GetValueOrDefault(GraphEmitter.HintName);

    /// <summary>The generated graph source; fails the test when there is none.</summary>
    public string Graph => GraphSource ?? throw new AssertionException(
        $"The generator emitted no {GraphEmitter.HintName}; it emitted: [{string.Join(", ", Sources.Keys)}].");

    /// <summary>The value of the generated <c>GraphFingerprint</c> constant.</summary>
    public string Fingerprint
    {
        get
        {
            var match = FingerprintPattern().Match(Graph);
            return match.Success ? match.Groups[1].Value : throw new AssertionException("The graph has no GraphFingerprint constant:\n" + Graph);
        }
    }

    /// <summary>The graph with all whitespace removed, so assertions on fragments do not depend on the emitter's layout.</summary>
    public string CompactGraph => Compact(Graph);

    /// <summary>The ids of the emitted graph nodes, in emission order.</summary>
    public IReadOnlyList<string> NodeIds =>
        NodePattern().Matches(GraphSource ?? string.Empty).Select(m => m.Groups[1].Value).ToList();

    public static GeneratorRun Execute(GeneratorDriver driver, Compilation compilation)
    {
        var next = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return new GeneratorRun(next, compilation, output, diagnostics);
    }

    /// <summary>Runs the same (incremental) driver again over an edited compilation.</summary>
    public GeneratorRun RunAgain(Compilation edited) => Execute(Driver, edited);

    /// <summary>The test's own sources must be valid, or a test could pass for the wrong reason.</summary>
    public void AssertInputCompiles()
    {
        var errors = Input.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.That(errors, Is.Empty, () => "The test's input does not compile:\n" + Format(errors));
    }

    /// <summary>
    /// The generator ran without an exception or diagnostic, and its output compiles: no error anywhere that the input
    /// did not already have, and no warning in a generated file (a user with warnings-as-errors would see it).
    /// </summary>
    public void AssertGeneratedCodeCompiles()
    {
        var generatedPaths = Output.SyntaxTrees.Except(Input.SyntaxTrees).Select(t => t.FilePath).ToHashSet(StringComparer.Ordinal);
        var inputErrors = Input.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(Key).ToHashSet(StringComparer.Ordinal);
        var outputDiagnostics = Output.GetDiagnostics();
        var newErrors = outputDiagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Error && !inputErrors.Contains(Key(d)))
            .ToList();
        var generatedWarnings = outputDiagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Warning && generatedPaths.Contains(d.Location.SourceTree?.FilePath ?? string.Empty))
            .ToList();
        Assert.Multiple(() =>
        {
            Assert.That(Result.Exception, Is.Null, "The generator threw.");
            Assert.That(GeneratorDiagnostics, Is.Empty, () => "The generator reported diagnostics:\n" + Format(GeneratorDiagnostics));
            Assert.That(newErrors, Is.Empty, () => "The generated code does not compile:\n" + Format(newErrors) + DumpSources());
            Assert.That(generatedWarnings, Is.Empty, () => "The generated code has warnings:\n" + Format(generatedWarnings) + DumpSources());
        });
    }

    /// <summary>Removes all whitespace: compare with <see cref="CompactGraph"/>.</summary>
    public static string Compact(string text) => WhitespacePattern().Replace(text, string.Empty);

    private static string Key(Diagnostic diagnostic) => diagnostic.ToString();

    private static string Format(IEnumerable<Diagnostic> diagnostics) =>
        string.Join("\n", diagnostics.Select(d => "  " + d));

    private string DumpSources()
    {
        var text = new StringBuilder();
        foreach (var (hint, source) in Sources)
        {
            text.Append("\n--- ").Append(hint).Append(" ---\n").Append(source);
        }

        return text.ToString();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespacePattern();

    [GeneratedRegex("""GraphFingerprint = "([0-9a-f]+)";""")]
    private static partial Regex FingerprintPattern();

    // The graph names the runtime namespace through the alias `Runtime`.
    [GeneratedRegex("""new Runtime\.ModuleDefinition<.*?>\(\s*"((?:[^"\\]|\\.)*)",""")]
    private static partial Regex NodePattern();
}
