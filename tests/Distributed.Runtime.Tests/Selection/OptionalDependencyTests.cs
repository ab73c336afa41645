using ModularPipelines.Distributed.Runtime.Tests.Support;

namespace ModularPipelines.Distributed.Runtime.Tests.Selection;

/// <summary>
/// <c>[DependsOn&lt;T&gt;(Optional = true)]</c>: an ordinary dependency when T is in the run, not pulled in by
/// <c>--module</c>, and not waited for when the selection leaves T out.
/// </summary>
public sealed class OptionalDependencyTests
{
    [Test]
    public async Task SelectingAModuleRunsItsRequiredDependenciesButNotItsOptionalOnes()
    {
        var run = await PipelineHarness.RunAsync(Pipeline(), "--module", "Pack");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(PipelineExitCode.Succeeded), run.Error);
            Assert.That(Ran(run), Is.EquivalentTo(new[] { "Restore", "Build", "Pack" }));
            Assert.That(run["Lint"].SkipReason, Is.EqualTo("not selected by --module Pack"));
            Assert.That(run["LintRules"].SkipReason, Is.EqualTo("not selected by --module Pack"));
        }
    }

    [Test]
    public async Task AModuleRunsWithoutWaitingForAnOptionalDependencyTheSelectionLeftOut()
    {
        // Lint is left out, but waits for Slow, which is selected and finishes only after Pack has: Pack must not wait
        // for Lint (and so for Slow) to be settled.
        var packed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        ModuleDefinition[] modules =
        [
            Node.Probe("Slow", async (_, cancellationToken) =>
            {
                await packed.Task.WaitAsync(TimeSpan.FromSeconds(5), cancellationToken);
                return "slow";
            }),
            Node.Returning("Lint", dependsOn: ["Slow"]),
            WithOptional("Pack", (_, _) =>
            {
                packed.TrySetResult();
                return Task.FromResult<string?>("packed");
            }, required: [], optional: ["Lint"]),
        ];

        var run = await PipelineHarness.RunAsync(modules, "--module", "Pack", "--module", "Slow");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(PipelineExitCode.Succeeded), run.Error);
            Assert.That(run["Pack"].Status, Is.EqualTo(ModuleStatus.Succeeded));
            Assert.That(run["Slow"].Status, Is.EqualTo(ModuleStatus.Succeeded), run["Slow"].Error?.Message);
            Assert.That(run["Lint"].SkipReason, Is.EqualTo("not selected by --module Pack --module Slow"));
        }
    }

    [Test]
    public async Task AnOptionalDependencyInTheRunIsWaitedFor()
    {
        var run = await PipelineHarness.RunAsync(Pipeline());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Ran(run), Is.EquivalentTo(new[] { "Restore", "Build", "LintRules", "Lint", "Pack" }));
            Assert.That(run["Pack"].StartedAt, Is.GreaterThanOrEqualTo(run["Lint"].StartedAt + run["Lint"].Duration));
        }
    }

    [Test]
    public async Task AFailedOptionalDependencyInTheRunSkipsTheDependent()
    {
        ModuleDefinition[] modules =
        [
            Node.Failing("Lint", "lint failed"),
            WithOptional("Pack", Returns("Pack"), required: [], optional: ["Lint"]),
        ];

        var run = await PipelineHarness.RunAsync(modules);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run["Pack"].Status, Is.EqualTo(ModuleStatus.Skipped));
            Assert.That(run["Pack"].SkipReason, Is.EqualTo("dependency Lint failed"));
        }
    }

    [Test]
    public void AnOptionalDependencyThatIsNotADependencyIsAConfigurationError()
    {
        ModuleDefinition[] modules =
        [
            Node.Returning("Lint"),
            new ModuleDefinition<ProbeModule, string>(Node.Id("Pack"), "Pack", _ => new ProbeModule((_, _) => Task.FromResult<string?>("p")))
            {
                OptionalDependencies = [Node.Id("Lint")],
            },
        ];

        var error = Assert.Throws<PipelineConfigurationException>(() => PipelineGraph.Build([PipelineHarness.Definition(modules)]));

        Assert.That(error.Message, Does.StartWith("Pack has the optional dependency 'Tests.Lint', which is not among its dependencies"));
    }

    /// <summary>Restore → Build → Pack, and Pack after Lint (after LintRules) only when Lint is in the run.</summary>
    private static ModuleDefinition[] Pipeline() =>
    [
        Node.Returning("Restore"),
        Node.Returning("Build", dependsOn: ["Restore"]),
        Node.Returning("LintRules"),
        Node.Probe("Lint", async (_, cancellationToken) =>
        {
            await Task.Delay(50, cancellationToken);
            return "lint";
        }, dependsOn: ["LintRules"]),
        WithOptional("Pack", Returns("Pack"), required: ["Build"], optional: ["Lint"]),
    ];

    /// <summary>A node as the generator emits one with <c>[DependsOn&lt;T&gt;(Optional = true)]</c>: T among the dependencies, and marked optional.</summary>
    private static ModuleDefinition<ProbeModule, string> WithOptional(string name, Func<IModuleContext, CancellationToken, Task<string?>> body, string[] required, string[] optional) =>
        new(Node.Id(name), name, _ => new ProbeModule(body))
        {
            Dependencies = [.. required.Concat(optional).Select(Node.Id)],
            OptionalDependencies = [.. optional.Select(Node.Id)],
        };

    private static Func<IModuleContext, CancellationToken, Task<string?>> Returns(string value) => (_, _) => Task.FromResult<string?>(value);

    private static IEnumerable<string> Ran(HarnessRun run) =>
        run.Results.Where(r => r.Status == ModuleStatus.Succeeded).Select(r => r.DisplayName);
}
