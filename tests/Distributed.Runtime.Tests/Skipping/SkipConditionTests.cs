using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using ModularPipelines.Distributed.Runtime.Tests.Support;
using static ModularPipelines.Distributed.Runtime.Tests.Support.SkippableNode;

namespace ModularPipelines.Distributed.Runtime.Tests.Skipping;

public sealed class SkipConditionTests
{
    [Test]
    public async Task ModuleWhoseConditionGivesAReasonIsSkippedWithItWithoutRunning()
    {
        var log = new ExecutionLog();
        ModuleDefinition[] modules = [Probe("Deploy", log.Body("Deploy"), [When(_ => "deployments are frozen")])];

        var run = await PipelineHarness.RunAsync(modules);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run["Deploy"].Status, Is.EqualTo(ModuleStatus.Skipped));
            Assert.That(run["Deploy"].SkipReason, Is.EqualTo("deployments are frozen"));
            Assert.That(run["Deploy"].Attempts, Is.Zero);
            Assert.That(log.HasStarted("Deploy"), Is.False);
            Assert.That(run.ExitCode, Is.EqualTo(PipelineExitCode.Succeeded));
        }
    }

    [Test]
    public async Task SummaryShowsTheConditionsReasonOnTheSkippedModulesRow()
    {
        ModuleDefinition[] modules = [Probe("Deploy", (_, _) => Task.FromResult<string?>("deployed"), [When(_ => "deployments are frozen")])];

        var run = await PipelineHarness.RunAsync(modules);

        var row = run.Output.Split('\n').Single(line => line.StartsWith("Deploy  ", StringComparison.Ordinal));
        Assert.That(row, Does.Contain("Skipped").And.EndWith("deployments are frozen"));
    }

    [Test]
    public async Task ConditionReturningNullLetsTheModuleRun()
    {
        ModuleDefinition[] modules = [Probe("Deploy", (_, _) => Task.FromResult<string?>("deployed"), [When(_ => null)])];

        var run = await PipelineHarness.RunAsync(modules);

        Assert.That(run.Typed<string>("Deploy").Value, Is.EqualTo("deployed"));
    }

    [Test]
    public async Task DependentsOfAModuleSkippedByAConditionStillRun()
    {
        ModuleDefinition[] modules =
        [
            Probe("Docs", (_, _) => Task.FromResult<string?>("docs"), [When(_ => "no docs on this branch")]),
            Node.Returning("Report", dependsOn: ["Docs"]),
        ];

        var run = await PipelineHarness.RunAsync(modules);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run["Docs"].Status, Is.EqualTo(ModuleStatus.Skipped));
            Assert.That(run["Report"].Status, Is.EqualTo(ModuleStatus.Succeeded));
            Assert.That(run.ExitCode, Is.EqualTo(PipelineExitCode.Succeeded));
        }
    }

    [Test]
    public async Task FirstConditionWithAReasonWinsAndLaterOnesAreNotAsked()
    {
        var asked = new ConcurrentQueue<string>();
        ModuleDefinition[] modules =
        [
            Probe("Deploy", (_, _) => Task.FromResult<string?>("deployed"),
            [
                When(_ => Ask("first", null)),
                When(_ => Ask("second", "the second reason")),
                When(_ => Ask("third", "the third reason")),
            ]),
        ];

        var run = await PipelineHarness.RunAsync(modules);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run["Deploy"].SkipReason, Is.EqualTo("the second reason"));
            Assert.That(asked, Is.EqualTo(new[] { "first", "second" }));
        }

        string? Ask(string name, string? reason)
        {
            asked.Enqueue(name);
            return reason;
        }
    }

    [Test]
    public async Task ConditionThatThrowsFailsTheModuleWithItsExceptionAndItsDependentsDoNotRun()
    {
        var log = new ExecutionLog();
        ModuleDefinition[] modules =
        [
            Probe("Deploy", log.Body("Deploy"), [When(_ => throw new InvalidOperationException("the release calendar is unreachable"))]),
            Node.Probe("Announce", log.Body("Announce"), dependsOn: ["Deploy"]),
        ];

        var run = await PipelineHarness.RunAsync(modules);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run["Deploy"].Status, Is.EqualTo(ModuleStatus.Failed));
            Assert.That(run["Deploy"].Error!.TypeName, Is.EqualTo(typeof(InvalidOperationException).FullName));
            Assert.That(run["Deploy"].Error!.Message, Is.EqualTo("the release calendar is unreachable"));
            Assert.That(log.HasStarted("Deploy"), Is.False);
            Assert.That(run["Announce"].Status, Is.EqualTo(ModuleStatus.Skipped));
            Assert.That(run.ExitCode, Is.EqualTo(PipelineExitCode.Failed));
        }
    }

    [Test]
    public async Task ConditionIsConstructedWithAServiceRegisteredOnTheBuilder()
    {
        ModuleDefinition[] modules =
        [
            Probe("Deploy", (_, _) => Task.FromResult<string?>("deployed"), [services => new FreezeCondition(services.GetRequiredService<ReleaseCalendar>())]),
        ];

        var run = await PipelineHarness.RunAsync(modules, [], configure: builder => builder.Services.AddSingleton(new ReleaseCalendar(Frozen: true)));

        Assert.That(run["Deploy"].SkipReason, Is.EqualTo("the release calendar says deployments are frozen"));
    }

    [Test]
    public async Task ConditionWhoseServiceIsNotRegisteredFailsTheModule()
    {
        ModuleDefinition[] modules =
        [
            Probe("Deploy", (_, _) => Task.FromResult<string?>("deployed"), [services => new FreezeCondition(services.GetRequiredService<ReleaseCalendar>())]),
        ];

        var run = await PipelineHarness.RunAsync(modules);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run["Deploy"].Status, Is.EqualTo(ModuleStatus.Failed));
            Assert.That(run["Deploy"].Error!.Message, Does.Contain(nameof(ReleaseCalendar)));
        }
    }

    [Test]
    public async Task ConditionsAreAskedOnceAndNotAgainBeforeARetry()
    {
        var asked = 0;
        ModuleDefinition[] modules =
        [
            Probe("Flaky", (context, _) => context.Attempt < 3
                ? Task.FromException<string?>(new IOException("flaky"))
                : Task.FromResult<string?>("finally"), [When(_ => Interlocked.Increment(ref asked) > 0 ? null : "never")], retries: 2),
        ];

        var run = await PipelineHarness.RunAsync(modules);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run["Flaky"].Attempts, Is.EqualTo(3));
            Assert.That(asked, Is.EqualTo(1));
        }
    }

    [Test]
    public async Task ConditionCanReadTheModulesIdAndADependencysResult()
    {
        ModuleDefinition[] modules =
        [
            Node.Returning("Changes"),
            Probe("Docs", (_, _) => Task.FromResult<string?>("docs"), [WhenAsync(async context =>
            {
                var changes = await context.GetModule<ProbeModule>();
                return $"{context.ModuleId} sees {changes.Value}";
            })], dependsOn: ["Changes"]),
        ];

        var run = await PipelineHarness.RunAsync(modules);

        Assert.That(run["Docs"].SkipReason, Is.EqualTo("Tests.Docs sees Changes"));
    }

    [Test]
    public async Task BlankReasonStillSkipsAndNamesTheCondition()
    {
        ModuleDefinition[] modules = [Probe("Deploy", (_, _) => Task.FromResult<string?>("deployed"), [_ => new SilentCondition()])];

        var run = await PipelineHarness.RunAsync(modules);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run["Deploy"].Status, Is.EqualTo(ModuleStatus.Skipped));
            Assert.That(run["Deploy"].SkipReason, Is.EqualTo($"skipped by {nameof(SilentCondition)}"));
        }
    }

    public sealed record ReleaseCalendar(bool Frozen);

    public sealed class FreezeCondition(ReleaseCalendar calendar) : ISkipCondition
    {
        public ValueTask<string?> ShouldSkipAsync(IModuleContext context, CancellationToken cancellationToken) =>
            ValueTask.FromResult(calendar.Frozen ? "the release calendar says deployments are frozen" : null);
    }

    public sealed class SilentCondition : ISkipCondition
    {
        public ValueTask<string?> ShouldSkipAsync(IModuleContext context, CancellationToken cancellationToken) => ValueTask.FromResult<string?>(" ");
    }
}
