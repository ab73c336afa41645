using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ModularPipelines.Distributed.Runtime.Tests.Support;

namespace ModularPipelines.Distributed.Runtime.Tests.GitHub;

/// <summary>Under GitHub Actions: modules' lines in groups, an annotation per failure, the summary in the step summary.</summary>
public sealed class GitHubActionsTests
{
    [Test]
    public void AModulesLinesArePrintedInAGroupHeadedByItsFinishLine()
    {
        var groups = new ModuleLogGroups(enabled: true);
        groups.Track(["Build", "Test"]);
        var formatter = new PipelineConsoleFormatter(new SecretMasker(), groups);
        using var text = new StringWriter();

        Write(formatter, text, "Build", "compiling");
        Write(formatter, text, "Test [2]", "testing on instance 2");
        Write(formatter, text, "Build", "compiled");
        Write(formatter, text, "Pipeline", "ok     Build in 1.00s [1/2]", PipelineEvents.ModuleFinished, "Build");
        Write(formatter, text, "Pipeline", "run ended", PipelineEvents.RunEnded, null);

        var lines = System.Text.RegularExpressions.Regex.Replace(text.ToString(), @"\d\d:\d\d:\d\d\.\d{3} ", string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Is.EqualTo(new[]
        {
            "::group::info Pipeline  ok     Build in 1.00s [1/2]",
            "info Build  compiling",
            "info Build  compiled",
            "::endgroup::",
            "::group::Test (did not finish)",
            "info Test [2]  testing on instance 2",
            "::endgroup::",
        }));
    }

    [Test]
    public async Task AFailedModuleIsAnnotatedAndTheSummaryIsAppendedToTheStepSummary()
    {
        var stepSummary = Path.Combine(Directory.CreateTempSubdirectory("mpd-github-").FullName, "summary.md");
        File.WriteAllText(stepSummary, "earlier step\n");
        ModuleDefinition[] modules = [Node.Returning("Build"), Node.Failing("Push", "the feed said: no, 100%")];

        var run = await PipelineHarness.RunAsync(modules, [], new Dictionary<string, string>
        {
            ["GITHUB_ACTIONS"] = "true",
            ["GITHUB_STEP_SUMMARY"] = stepSummary,
        });

        var summary = File.ReadAllText(stepSummary);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.Output, Does.Contain("::error title=Push failed::System.InvalidOperationException: the feed said: no, 100%25\n"));
            Assert.That(summary, Does.StartWith("earlier step\n## Pipeline FAILED"));
            Assert.That(summary, Does.Contain("| Build | Succeeded |").And.Contain("| Push | Failed |"));
            Assert.That(summary, Does.Contain("```mermaid\ngantt\n").And.Contain("Push"), "the timeline follows the table");
        }
    }

    [Test]
    public async Task ElsewhereNothingIsGroupedOrAnnotated()
    {
        ModuleDefinition[] modules = [Node.Failing("Push", "no")];

        var run = await PipelineHarness.RunAsync(modules, []);

        Assert.That(run.Output, Does.Not.Contain("::error").And.Not.Contain("::group::"));
    }

    private static void Write(PipelineConsoleFormatter formatter, TextWriter text, string category, string message, EventId eventId = default, string? module = null)
    {
        IReadOnlyList<KeyValuePair<string, object?>> state = module is null ? [] : [new("Module", module)];
        formatter.Write(new LogEntry<IReadOnlyList<KeyValuePair<string, object?>>>(LogLevel.Information, category, eventId, state, null, (_, _) => message), text);
    }
}
