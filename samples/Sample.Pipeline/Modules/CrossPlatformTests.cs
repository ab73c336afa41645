using Microsoft.Extensions.Logging;
using ModularPipelines.Distributed;
using Sample.Pipeline.Results;
using Sample.Pipeline.Services;

namespace Sample.Pipeline.Modules;

/// <summary>
/// Tests the build on each OS. <c>[MatrixTarget]</c> makes three graph nodes, <c>CrossPlatformTests[windows]</c> and
/// so on, each requiring the capability of its name: in one process only the current OS's instance runs and the
/// others are skipped; in a distributed run each goes to a machine that advertises it. <c>[ConsumesArtifact]</c> puts
/// the build's files in this instance's workspace before the module starts (and makes the build a dependency); each
/// target's results file is published as <c>test-results</c> for the pack step, <c>{target}</c> in the pattern keeping
/// it to the target's own file when two targets share a machine.
/// </summary>
[ConsumesArtifact<BuildModule>(BuildModule.Artifact)]
[ProducesArtifact(ResultsArtifact, ResultsDirectory + "/{target}.txt")]   // {target}: this instance's own file only
[MatrixTarget("windows", "linux", "macos")]
[Category("tests")]                         // --category tests runs this (and what it depends on)
public sealed class CrossPlatformTests(Workspace workspace) : Module<TestResult>
{
    /// <summary>The name the test results are published under.</summary>
    public const string ResultsArtifact = "test-results";

    /// <summary>Where each target writes its results file (<c>linux.txt</c>, …), relative to the workspace root.</summary>
    public const string ResultsDirectory = "out/test-results";

    /// <summary>
    /// Opt-in failure for trying out failure handling: <c>SAMPLE_FAIL_TESTS=linux</c> (comma-separated targets)
    /// adds a failing test to those targets, so the module fails and its dependents are skipped.
    /// </summary>
    public const string FailVariable = "SAMPLE_FAIL_TESTS";

    protected override async Task<TestResult?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken)
    {
        ModuleResult<BuildOutput> build = await context.GetModule<BuildModule>();
        var target = context.GetMatrixTarget()!;

        // The build needs no capability, so it is never skipped, and this module starts only after it succeeded:
        // its value is always there. (A dependency that can be skipped would need its Status checked first.)
        var output = build.Value!;

        // The build's files are already here, at the paths the build wrote them (the artifact): test what arrived.
        var cases = new List<TestCase>();
        foreach (var file in output.Files)
        {
            var path = workspace.PathOf(file.Path);
            var fileName = Path.GetFileName(file.Path);
            if (!File.Exists(path))
            {
                cases.Add(Check($"{fileName} arrived", false, $"{path} is missing"));
                continue;
            }

            var size = new FileInfo(path).Length;
            cases.Add(Check($"{fileName} has the size the build recorded", size == file.Size, $"{size} bytes, expected {file.Size}"));
            var sha = await Checksums.OfFileAsync(path, cancellationToken);
            cases.Add(Check($"{fileName} matches its build checksum", sha == file.Sha256, $"sha256 {sha}, expected {file.Sha256}"));
            var header = (await File.ReadAllLinesAsync(path, cancellationToken)).FirstOrDefault();
            cases.Add(Check($"{fileName} has the {output.Version} header", header == BuildModule.Header(fileName), $"header is '{header}'"));
        }

        if (FailureRequested(target))
        {
            cases.Add(new TestCase("simulated failure", TestOutcome.Failed, $"{FailVariable} names {target}"));
        }

        var passed = cases.Count(c => c.Outcome == TestOutcome.Passed);
        var failed = cases.Count - passed;
        var resultsFile = Path.Combine(workspace.Subdirectory(ResultsDirectory), target + ".txt");
        await File.WriteAllTextAsync(resultsFile, FormatResults(cases), cancellationToken);
        context.Logger.LogInformation("{Passed} passed, {Failed} failed on {Target} ({File})", passed, failed, target, resultsFile);

        // Failing tests fail the module: throwing is how a module reports failure, and it keeps pack and publish from running.
        if (failed > 0)
        {
            var failures = cases.Where(c => c.Outcome == TestOutcome.Failed).Select(c => $"{c.Name} ({c.Message})");
            throw new InvalidOperationException($"{failed} of {cases.Count} tests failed on {target}: {string.Join("; ", failures)}");
        }

        return new TestResult(target, passed, failed, cases);
    }

    /// <summary>The test results as a text report, one line per test; the pack step puts the files into the package.</summary>
    public static string FormatResults(IEnumerable<TestCase> cases) =>
        string.Concat(cases.Select(c => $"{c.Outcome,-6} {c.Name}{(c.Message is null ? "" : ": " + c.Message)}\n"));

    private static TestCase Check(string name, bool passed, string failure) =>
        new(name, passed ? TestOutcome.Passed : TestOutcome.Failed, passed ? null : failure);

    private static bool FailureRequested(string target) =>
        (Environment.GetEnvironmentVariable(FailVariable) ?? string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Contains(target, StringComparer.OrdinalIgnoreCase);
}
