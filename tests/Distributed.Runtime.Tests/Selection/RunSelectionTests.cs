using ModularPipelines.Distributed.Runtime.Tests.Support;

namespace ModularPipelines.Distributed.Runtime.Tests.Selection;

/// <summary>--module, --category and --skip-module: what runs, what shows as Skipped and why, and one clear error for a typo.</summary>
public sealed class RunSelectionTests
{
    private static readonly ModuleDefinition[] Modules =
    [
        Node.InCategories("Restore", []),
        Node.InCategories("Build", ["build"], dependsOn: ["Restore"]),
        Node.InCategories("UnitTests", ["tests"], dependsOn: ["Build"]),
        Node.InCategories("Lint", ["checks"]),
        Node.InCategories("Pack", ["release"], dependsOn: ["UnitTests"]),
    ];

    [Test]
    public async Task AModuleRunsWithWhatItDependsOnAndTheRestIsSkippedWithTheReason()
    {
        var run = await PipelineHarness.RunAsync(Modules, "--module", "UnitTests");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(PipelineExitCode.Succeeded), run.Error);
            Assert.That(Ran(run), Is.EquivalentTo(new[] { "Restore", "Build", "UnitTests" }));
            Assert.That(run["Lint"].Status, Is.EqualTo(ModuleStatus.Skipped));
            Assert.That(run["Lint"].SkipReason, Is.EqualTo("not selected by --module UnitTests"));
            Assert.That(run["Pack"].SkipReason, Is.EqualTo("not selected by --module UnitTests"));
        }
    }

    [Test]
    public async Task ACategorySelectsItsModulesAndTheirDependenciesIgnoringCase()
    {
        var run = await PipelineHarness.RunAsync(Modules, "--category", "TESTS", "--category", "checks");

        Assert.That(Ran(run), Is.EquivalentTo(new[] { "Restore", "Build", "UnitTests", "Lint" }));
    }

    [Test]
    public async Task ASkippedModuleIsLeftOutAndItsDependentsStillRun()
    {
        var run = await PipelineHarness.RunAsync(Modules, "--skip-module", "Lint", "--skip-module", "Build");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Ran(run), Is.EquivalentTo(new[] { "Restore", "UnitTests", "Pack" }));
            Assert.That(run["Build"].SkipReason, Is.EqualTo("left out with --skip-module"));
            Assert.That(run.ExitCode, Is.EqualTo(PipelineExitCode.Succeeded));
        }
    }

    [Test]
    public async Task AMatrixModuleNamedWithoutItsTargetSelectsEveryTarget()
    {
        ModuleDefinition[] modules =
        [
            Node.Returning("Build"),
            .. Node.Matrix<ProbeModule, string>("Tests", ["linux", "macos"], () => new ProbeModule((_, _) => Task.FromResult<string?>("t")), _ => ["Build"]),
            Node.Returning("Other"),
        ];

        var run = await PipelineHarness.RunAsync(modules, "--module", "Tests", "--capability", "macos");

        Assert.That(Ran(run), Is.EquivalentTo(new[] { "Build", "Tests[linux]", "Tests[macos]" }));
    }

    [TestCase("--module UnitTest", "--module UnitTest is not a module of this pipeline: did you mean UnitTests?")]
    [TestCase("--skip-module Lnt", "--skip-module Lnt is not a module of this pipeline: did you mean Lint?")]
    [TestCase("--category test", "--category test is not a category of this pipeline: did you mean tests? its categories are build, checks, release, tests")]
    public async Task AnUnknownModuleOrCategoryIsOneErrorWithTheCloseMatches(string commandLine, string error)
    {
        var run = await PipelineHarness.RunAsync(Modules, commandLine.Split(' '));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(PipelineExitCode.ConfigurationError));
            Assert.That(run.ErrorLines, Is.EqualTo(new[] { "error: " + error }));
            Assert.That(run.Results, Is.Empty);
        }
    }

    private static IEnumerable<string> Ran(HarnessRun run) =>
        run.Results.Where(r => r.Status == ModuleStatus.Succeeded).Select(r => r.DisplayName);
}
