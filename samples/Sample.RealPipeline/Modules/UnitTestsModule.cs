using System.Globalization;
using System.Xml.Linq;
using Microsoft.Extensions.Logging;
using ModularPipelines.Distributed;
using Sample.RealPipeline.Results;
using Sample.RealPipeline.Services;

namespace Sample.RealPipeline.Modules;

/// <summary>
/// Runs every test project on each OS of the matrix, against the build's binaries (the <c>build</c> artifact), not a
/// build of its own: <c>dotnet test</c> on the test assembly. Each target's <c>.trx</c> files are published as
/// <c>test-results</c>; a failing test fails the module, so nothing is packed.
/// </summary>
[MatrixTarget("linux", "windows", "macos")]
[ConsumesArtifact<BuildModule>(BuildModule.Artifact)]
[DependsOn<FindProjectsModule>]
[ProducesArtifact(ResultsArtifact, ResultsDirectory + "/{target}/*.trx")]
[ModuleTimeout(300)]
[Category("tests")]
public sealed class UnitTestsModule(Checkout checkout) : Module<TestRun>
{
    /// <summary>The name the test results are published under.</summary>
    public const string ResultsArtifact = "test-results";

    /// <summary>Where each target writes its results (<c>out/test-results/linux/…</c>), relative to the workspace root.</summary>
    public const string ResultsDirectory = "out/test-results";

    private static readonly XNamespace Trx = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";

    protected override async Task<TestRun?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken)
    {
        ModuleResult<ProjectList> found = await context.GetModule<FindProjectsModule>();
        var target = context.GetMatrixTarget()!;
        var root = await checkout.RootAsync(context, cancellationToken);
        var resultsDirectory = Path.Combine(context.Artifacts.WorkspaceRoot, ResultsDirectory, target);

        var files = new List<string>();
        int total = 0, passed = 0, failed = 0;
        foreach (var project in found.Value!.TestProjects)
        {
            var assembly = Path.Combine(context.Artifacts.WorkspaceRoot, BuildModule.Assembly(project));
            var resultsFile = $"{Path.GetFileNameWithoutExtension(project)}.trx";

            // A failing test is a non-zero exit: the results file is still read, so the failure names the tests.
            var run = await context.Commands.RunAsync(
                "dotnet", ["test", assembly, "--logger", $"trx;LogFileName={resultsFile}", "--results-directory", resultsDirectory],
                new CommandOptions { WorkingDirectory = root, AcceptedExitCodes = [0, 1] }, cancellationToken);
            var counters = XDocument.Load(Path.Combine(resultsDirectory, resultsFile)).Descendants(Trx + "Counters").Single();
            total += Count(counters, "total");
            passed += Count(counters, "passed");
            failed += Count(counters, "failed");
            files.Add($"{ResultsDirectory}/{target}/{resultsFile}");
            if (run.ExitCode != 0 && Count(counters, "failed") == 0)
            {
                throw new InvalidOperationException($"dotnet test of {project} exited {run.ExitCode} with no failed test: see its output above");
            }
        }

        context.Logger.LogInformation("{Passed} of {Total} tests passed on {Target}", passed, total, target);
        if (failed > 0)
        {
            throw new InvalidOperationException($"{failed} of {total} tests failed on {target}: see {string.Join(", ", files)}");
        }

        return new TestRun(target, total, passed, failed, files);
    }

    private static int Count(XElement counters, string name) =>
        int.Parse(counters.Attribute(name)?.Value ?? "0", CultureInfo.InvariantCulture);
}
