using ModularPipelines.Distributed.Runtime.Tests.Support;

namespace ModularPipelines.Distributed.Runtime.Tests.Reporting;

public sealed class SummaryTests
{
    [Test]
    public async Task SummaryListsEveryModuleWithItsStatus()
    {
        ModuleDefinition[] modules =
        [
            Node.Returning("Restore"),
            Node.Failing("Compile", "CS0103: the name 'x' does not exist", dependsOn: ["Restore"]),
            Node.Returning("Test", dependsOn: ["Compile"]),
            Node.Returning("DockerImage", requires: ["docker"]),
        ];

        var run = await PipelineHarness.RunAsync(modules, "--concurrency", "1");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(RowOf(run.Output, "Restore"), Does.Contain("Succeeded"));
            Assert.That(RowOf(run.Output, "Compile"), Does.Contain("Failed"));
            Assert.That(RowOf(run.Output, "Test"), Does.Contain("Skipped").And.Contain("Compile"));
            Assert.That(RowOf(run.Output, "DockerImage"), Does.Contain("Skipped").And.Contain("docker"));
        }
    }

    [Test]
    public async Task SummaryShowsTheFailuresMessageAndStackText()
    {
        ModuleDefinition[] modules = [Node.Failing("Compile", "CS0103: the name 'x' does not exist")];

        var run = await PipelineHarness.RunAsync(modules);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(RowOf(run.Output, "Compile"), Does.Contain("CS0103: the name 'x' does not exist"));
            Assert.That(run.Output, Does.Contain(run["Compile"].Error!.Details), "the full error text follows the table");
            Assert.That(run.Output, Does.Contain("Pipeline FAILED"));
            Assert.That(run.Error, Is.Empty, "the summary goes to the output writer");
        }
    }

    [Test]
    public async Task SummaryOfASuccessfulRunSaysItSucceededAndCountsModules()
    {
        ModuleDefinition[] modules = [Node.Returning("One"), Node.Returning("Two", dependsOn: ["One"])];

        var run = await PipelineHarness.RunAsync(modules);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(RowOf(run.Output, "One"), Does.Contain("Succeeded"));
            Assert.That(RowOf(run.Output, "Two"), Does.Contain("Succeeded"));
            Assert.That(run.Output, Does.Contain("Pipeline succeeded: 2 modules (2 succeeded)"));
            Assert.That(run.Output, Does.Not.Contain("FAILED"));
        }
    }

    [Test]
    public async Task SummaryNamesRetriedModulesAttempts()
    {
        ModuleDefinition[] modules =
        [
            Node.Probe("Flaky", (context, _) => context.Attempt < 3
                ? Task.FromException<string?>(new IOException("flaky"))
                : Task.FromResult<string?>("ok"), retries: 2),
        ];

        var run = await PipelineHarness.RunAsync(modules);

        var cells = RowOf(run.Output, "Flaky").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(cells, Has.Member("3"));
    }

    /// <summary>The summary row of a module: the line that begins with its name followed by column padding.</summary>
    [Test]
    public async Task SummaryListsModulesInTheOrderTheyStartedThenThoseThatDidNotRun()
    {
        // Declared against the order they run in: a table in declaration (or namespace) order would read Alpha first.
        ModuleDefinition[] modules =
        [
            Node.Returning("Alpha", dependsOn: ["Zulu"]),
            Node.Returning("Docker", requires: ["docker"]),
            Node.Returning("Mike", dependsOn: ["Alpha"]),
            Node.Returning("Zulu"),
        ];

        var run = await PipelineHarness.RunAsync(modules, "--concurrency", "1");

        var rows = run.Output.Split('\n').Where(line => modules.Any(m => line.StartsWith(m.DisplayName + "  ", StringComparison.Ordinal))).Select(line => line.Split(' ')[0]);
        Assert.That(rows, Is.EqualTo(new[] { "Zulu", "Alpha", "Mike", "Docker" }), run.Output);
    }

    [Test]
    public async Task ModulesWithTheSameTypeNameAreShownWithWhatTellsThemApart()
    {
        ModuleDefinition[] modules =
        [
            new ModuleDefinition<ProbeModule, string>("Build.Tools.Git", "Git", _ => new ProbeModule((_, _) => Task.FromResult<string?>("tools"))),
            new ModuleDefinition<ProbeModule, string>("Build.Sources.Git", "Git", _ => new ProbeModule((_, _) => Task.FromResult<string?>("sources"))),
            Node.Returning("Go"),
        ];

        var run = await PipelineHarness.RunAsync(modules);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(RowOf(run.Output, "Tools.Git"), Does.Contain("Succeeded"));
            Assert.That(RowOf(run.Output, "Sources.Git"), Does.Contain("Succeeded"));
            Assert.That(RowOf(run.Output, "Go"), Does.Contain("Succeeded"), "a name no other module has stays short");
            Assert.That(run["Tools.Git"].ModuleId, Is.EqualTo("Build.Tools.Git"), "results carry the same names");
        }
    }

    private static string RowOf(string output, string displayName)
    {
        var rows = output.Split('\n').Where(line => line.StartsWith(displayName + "  ", StringComparison.Ordinal)).ToList();
        Assert.That(rows, Has.Count.EqualTo(1), $"one summary row for {displayName} in:\n{output}");
        return rows[0];
    }
}
