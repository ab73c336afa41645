using System.Globalization;
using System.Text.RegularExpressions;
using ModularPipelines.Distributed.Runtime.Tests.Support;

namespace ModularPipelines.Distributed.Runtime.Tests.Reporting.RunReport;

/// <summary>--report FILE.md: the same report as Markdown, its timeline a Mermaid Gantt chart with a section per slot lane.</summary>
public sealed partial class MarkdownReportTests : ReportFileTests
{
    [Test]
    public async Task ModulesThatRanSideBySideAreBarsInTwoSlotLanesAtTheirRealTimes()
    {
        var run = await PipelineHarness.RunAsync(ReportScenarios.SideBySideThenAFailure(), "--concurrency", "2", "--report", Files.PathOf("run.md"), "--report", Files.PathOf("run.json"));

        var markdown = File.ReadAllText(Files.PathOf("run.md"));
        using var json = Files.ReadJson("run.json");
        var chart = ChartPattern().Match(markdown);
        Assert.That(chart.Success, Is.True, markdown);
        var gantt = chart.Groups[1].Value;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(markdown, Does.StartWith("# Pipeline FAILED\n"));
            Assert.That(gantt, Does.StartWith("gantt\n").And.Contain("    dateFormat x\n"));
            Assert.That(Sections(gantt), Is.EqualTo(new[] { "instance 0 · slot 1", "instance 0 · slot 2" }));
            foreach (var name in new[] { "Lint", "Compile" })
            {
                var claim = json.Module(name).Claims().Single();
                Assert.That(gantt, Does.Contain($"    {name} :{Unix(claim.Time("startedAt"))}, {Unix(claim.Time("endedAt"))}\n"), "a plain bar at the claim's start and end");
            }

            Assert.That(gantt, Does.Match(@"\n    Test \(Failed\) :crit, \d+, \d+\n"), "a failed bar is crit");
            Assert.That(markdown, Does.Contain("| Test | Failed | 0 | 1 |").And.Contain("1 test failed"));
            Assert.That(run["Lint"].Status, Is.EqualTo(ModuleStatus.Succeeded), "the two modules overlapped");
        }
    }

    [Test]
    public async Task AModuleThatNeverRanIsInTheTableButHasNoBar()
    {
        ModuleDefinition[] modules = [Node.Returning("Build"), Node.Returning("DockerImage", requires: ["docker"])];

        await PipelineHarness.RunAsync(modules, "--report", Files.PathOf("run.md"));

        var markdown = File.ReadAllText(Files.PathOf("run.md"));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(markdown, Does.Contain("| DockerImage | Skipped |").And.Contain("requires capability docker"));
            Assert.That(ChartPattern().Match(markdown).Groups[1].Value, Does.Contain("    Build :").And.Not.Contain("DockerImage"));
        }
    }

    [Test]
    public async Task AColonInAModuleNameIsShownAsARatioSignSoMermaidDoesNotEndTheNameThere()
    {
        await PipelineHarness.RunAsync([Node.Returning("Deploy[gpu:cuda12]")], ["--report", Files.PathOf("run.md")]);

        var gantt = ChartPattern().Match(File.ReadAllText(Files.PathOf("run.md"))).Groups[1].Value;

        Assert.That(gantt, Does.Contain("    Deploy[gpu∶cuda12] :"));
    }

    private static string Unix(DateTimeOffset at) => at.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);

    private static string[] Sections(string gantt) =>
        [.. gantt.Split('\n').Where(l => l.StartsWith("    section ", StringComparison.Ordinal)).Select(l => l["    section ".Length..])];

    [GeneratedRegex("```mermaid\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex ChartPattern();
}
