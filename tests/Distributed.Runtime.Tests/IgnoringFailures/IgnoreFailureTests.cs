using Microsoft.Extensions.Logging;
using ModularPipelines.Distributed.Runtime.Tests.Support;
using static ModularPipelines.Distributed.Runtime.Tests.Support.SkippableNode;

namespace ModularPipelines.Distributed.Runtime.Tests.IgnoringFailures;

/// <summary><c>[IgnoreFailureIf&lt;T&gt;]</c> in one process, through the factories generated code hands the runtime.</summary>
public sealed class IgnoreFailureTests
{
    [Test]
    public async Task IgnoredFailureKeepsItsStatusAndErrorCarriesTheReasonAndTheRunExitsZero()
    {
        ModuleDefinition[] modules = [Lint([When(_ => "lint is advisory off CI")])];

        var run = await PipelineHarness.RunAsync(modules);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run["Lint"].Status, Is.EqualTo(ModuleStatus.Failed));
            Assert.That(run["Lint"].Error?.Message, Is.EqualTo("3 lint warnings"));
            Assert.That(run["Lint"].FailureIgnoredReason, Is.EqualTo("lint is advisory off CI"));
            Assert.That(run["Lint"].IsFailure, Is.False);
            Assert.That(run.ExitCode, Is.EqualTo(PipelineExitCode.Succeeded));
        }
    }

    [Test]
    public async Task DependentOfAnIgnoredFailureRunsAndReadsTheFailedResult()
    {
        ModuleDefinition[] modules =
        [
            Lint([When(_ => "lint is advisory")]),
            Reader("Report", async context => (await context.GetModule<LintModule>()).Status.ToString(), dependsOn: "Lint"),
        ];

        var run = await PipelineHarness.RunAsync(modules);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.Typed<string>("Report").Status, Is.EqualTo(ModuleStatus.Succeeded));
            Assert.That(run.Typed<string>("Report").Value, Is.EqualTo("Failed"));
            Assert.That(run.ExitCode, Is.EqualTo(PipelineExitCode.Succeeded));
        }
    }

    [Test]
    public async Task FailureIsNotIgnoredWhenTheConditionGivesNull()
    {
        ModuleDefinition[] modules =
        [
            Lint([When(_ => null)]),
            Reader("Report", _ => Task.FromResult<string?>("report"), dependsOn: "Lint"),
        ];

        var run = await PipelineHarness.RunAsync(modules);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run["Lint"].FailureIgnoredReason, Is.Null);
            Assert.That(run["Lint"].IsFailure, Is.True);
            Assert.That(run["Report"].Status, Is.EqualTo(ModuleStatus.Skipped));
            Assert.That(run.ExitCode, Is.EqualTo(PipelineExitCode.Failed));
        }
    }

    [Test]
    public async Task ConditionsAreAskedOnceAfterTheRetriesAndTheFirstReasonWins()
    {
        var asked = new List<string>();
        ModuleDefinition[] modules =
        [
            Lint(
                [When(_ => { asked.Add("first"); return null; }), When(_ => { asked.Add("second"); return "second says so"; }), When(_ => { asked.Add("third"); return "third"; })],
                retries: 2),
        ];

        var run = await PipelineHarness.RunAsync(modules);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run["Lint"].Attempts, Is.EqualTo(3));
            Assert.That(asked, Is.EqualTo(new[] { "first", "second" }));
            Assert.That(run["Lint"].FailureIgnoredReason, Is.EqualTo("second says so"));
        }
    }

    [Test]
    public async Task SucceededModuleIsNotAskedAboutIgnoringAFailure()
    {
        var asked = 0;
        ModuleDefinition[] modules =
        [
            new ModuleDefinition<ProbeModule, string>(Node.Id("Build"), "Build", _ => new ProbeModule((_, _) => Task.FromResult<string?>("built")))
            {
                IgnoreFailureConditions = [When(_ => { asked++; return "never"; })],
            },
        ];

        var run = await PipelineHarness.RunAsync(modules);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(asked, Is.Zero);
            Assert.That(run["Build"].FailureIgnoredReason, Is.Null);
        }
    }

    [Test]
    public async Task TimedOutModulesFailureIsIgnoredToo()
    {
        ModuleDefinition[] modules =
        [
            new ModuleDefinition<ProbeModule, string>(Node.Id("Slow"), "Slow", _ => new ProbeModule(async (_, token) =>
            {
                await Task.Delay(TimeSpan.FromSeconds(30), token);
                return "late";
            }))
            {
                Timeout = TimeSpan.FromMilliseconds(50),
                IgnoreFailureConditions = [When(_ => "slow is fine")],
            },
        ];

        var run = await PipelineHarness.RunAsync(modules);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run["Slow"].Status, Is.EqualTo(ModuleStatus.TimedOut));
            Assert.That(run["Slow"].FailureIgnoredReason, Is.EqualTo("slow is fine"));
            Assert.That(run.ExitCode, Is.EqualTo(PipelineExitCode.Succeeded));
        }
    }

    [Test]
    public async Task ConditionThatThrowsLeavesTheFailureCounting()
    {
        ModuleDefinition[] modules = [Lint([_ => throw new InvalidOperationException("cannot build the condition")])];

        var run = await PipelineHarness.RunAsync(modules);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run["Lint"].Error?.Message, Is.EqualTo("3 lint warnings"), "the module's own failure, not the condition's");
            Assert.That(run["Lint"].FailureIgnoredReason, Is.Null);
            Assert.That(run.ExitCode, Is.EqualTo(PipelineExitCode.Failed));
        }
    }

    [Test]
    public async Task SummaryAndLogLineShowTheModuleAsFailedWithTheIgnoredReason()
    {
        var logs = new RecordingLoggerProvider();
        ModuleDefinition[] modules = [Lint([When(_ => "lint is advisory")])];

        var run = await PipelineHarness.RunAsync(modules, [], configure: builder => builder.Logging.AddProvider(logs));

        var row = run.Output.Split('\n').Single(line => line.StartsWith("Lint  ", StringComparison.Ordinal));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(row, Does.Contain("Failed").And.EndWith("3 lint warnings (failure ignored: lint is advisory)"));
            Assert.That(run.Output, Does.Contain("Pipeline succeeded: 1 modules (1 failed, 1 failure ignored)"));
            Assert.That(logs.Logger.Entries.Select(e => e.Message), Has.Some.StartsWith("FAIL   Lint Failed in").And.Contains("(failure ignored: lint is advisory)"));
        }
    }

    private static ModuleDefinition<LintModule, string> Lint(Func<IServiceProvider, ISkipCondition>[] ignoreIf, int? retries = null) =>
        new(Node.Id("Lint"), "Lint", _ => new LintModule())
        {
            Retries = retries,
            RetryBackoff = TimeSpan.FromMilliseconds(1),
            IgnoreFailureConditions = ignoreIf,
        };

    private static ModuleDefinition<ReaderModule, string> Reader(string name, Func<IModuleContext, Task<string?>> read, string dependsOn) =>
        new(Node.Id(name), name, _ => new ReaderModule(read)) { Dependencies = [Node.Id(dependsOn)] };
}
