using Microsoft.Extensions.DependencyInjection;
using ModularPipelines.Distributed.Runtime.Tests.Support;

namespace ModularPipelines.Distributed.Runtime.Tests.Hosting;

public sealed class PipelineRunTests
{
    [Test]
    public async Task PipelineRunsOnlyOnce()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var pipeline = PipelineBuilder.Create([], _ => null)
            .UseForTesting([PipelineHarness.Definition([Node.Returning("Only")])], output, error)
            .Build();

        await pipeline.RunWithResultsAsync(CancellationToken.None);

        Assert.ThrowsAsync<InvalidOperationException>(() => pipeline.RunWithResultsAsync(CancellationToken.None));
    }

    [Test]
    public async Task ModulesFromSeveralAssembliesRunAsOneGraph()
    {
        PipelineDefinition[] definitions =
        [
            PipelineHarness.Definition([Node.Returning("First")]),
            new PipelineDefinition("Other", PipelineHarness.Fingerprint, [Node.Returning("Second", dependsOn: ["First"])], new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver()),
        ];

        var run = await PipelineHarness.RunAsync(definitions, []);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(PipelineExitCode.Succeeded));
            Assert.That(run.Results.Select(r => r.DisplayName), Is.EqualTo(new[] { "First", "Second" }));
        }
    }

    [Test]
    public async Task ResultsRecordWhereAndWhenModulesRan()
    {
        var before = DateTimeOffset.UtcNow;
        ModuleDefinition[] modules = [Node.Returning("Ran"), Node.Returning("Skipped", requires: ["gpu"])];

        var run = await PipelineHarness.RunAsync(modules);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run["Ran"].InstanceIndex, Is.Zero);
            Assert.That(run["Ran"].StartedAt, Is.GreaterThanOrEqualTo(before));
            Assert.That(run["Ran"].Duration, Is.GreaterThanOrEqualTo(TimeSpan.Zero));
            Assert.That(run["Ran"].ModuleId, Is.EqualTo("Tests.Ran"));
            Assert.That(run["Skipped"].Attempts, Is.Zero);
            Assert.That(run["Skipped"].Duration, Is.EqualTo(TimeSpan.Zero));
        }
    }

    [Test]
    public async Task ShortGraphFingerprintDoesNotBreakTheRun()
    {
        // PipelineDefinition accepts any non-blank fingerprint.
        PipelineDefinition[] definitions = [PipelineHarness.Definition([Node.Returning("Only")], fingerprint: "fingerprint")];

        var run = await PipelineHarness.RunAsync(definitions, []);

        Assert.That(run.ExitCode, Is.EqualTo(PipelineExitCode.Succeeded));
    }

    [Test]
    public async Task ConcurrencyBelowOneSetInCodeIsAConfigurationErrorNotAHang()
    {
        ModuleDefinition[] modules = [Node.Returning("Only")];

        var run = await PipelineHarness.RunAsync(
            modules,
            [],
            configure: builder => builder.Services.Configure<DistributedOptions>(options => options.Concurrency = 0),
            hangGuard: TimeSpan.FromSeconds(3));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(PipelineExitCode.ConfigurationError));
            Assert.That(run.ErrorLines, Has.Count.EqualTo(1));
            Assert.That(run.Error, Does.StartWith("error: ").And.Contain("oncurrency"));
        }
    }
}
