using ModularPipelines.Distributed.Runtime.Tests.Support;

namespace ModularPipelines.Distributed.Runtime.Tests.Graph;

public sealed class GraphValidationTests
{
    [Test]
    public async Task UnknownDependencyIdIsAConfigurationErrorNamingIt()
    {
        ModuleDefinition[] modules = [Node.Returning("Consumer", dependsOn: ["Missing"])];

        var run = await PipelineHarness.RunAsync(modules);

        AssertConfigurationError(run, "Consumer", "'Tests.Missing'");
    }

    [Test]
    public async Task DuplicateIdIsAConfigurationErrorNamingIt()
    {
        ModuleDefinition[] modules = [Node.Returning("Twice"), Node.Returning("Twice")];

        var run = await PipelineHarness.RunAsync(modules);

        AssertConfigurationError(run, "'Tests.Twice'");
    }

    [Test]
    public async Task DuplicateIdAcrossTwoAssembliesIsAConfigurationError()
    {
        PipelineDefinition[] definitions =
        [
            PipelineHarness.Definition([Node.Returning("Shared")]),
            new PipelineDefinition("Other", PipelineHarness.Fingerprint, [Node.Returning("Shared")], new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver()),
        ];

        var run = await PipelineHarness.RunAsync(definitions, []);

        AssertConfigurationError(run, "'Tests.Shared'");
    }

    [Test]
    public async Task CycleIsAConfigurationErrorNamingItsModules()
    {
        var log = new ExecutionLog();
        ModuleDefinition[] modules =
        [
            Node.Probe("Before", log.Body("Before")),
            Node.Probe("Ping", log.Body("Ping"), dependsOn: ["Pong"]),
            Node.Probe("Pong", log.Body("Pong"), dependsOn: ["Ping"]),
        ];

        var run = await PipelineHarness.RunAsync(modules);

        AssertConfigurationError(run, "cycle", "Ping", "Pong");
        Assert.That(log.StartOrder, Is.Empty, "nothing runs when the graph is invalid");
    }

    [Test]
    public async Task ModuleDependingOnItselfIsACycle()
    {
        ModuleDefinition[] modules = [Node.Returning("Selfish", dependsOn: ["Selfish"])];

        var run = await PipelineHarness.RunAsync(modules);

        AssertConfigurationError(run, "cycle", "Selfish");
    }

    [Test]
    public async Task CycleMessageNamesOnlyTheModulesOnTheCycle()
    {
        // Root is a dependency of the cycle, not part of it: naming it sends the user to the wrong [DependsOn].
        ModuleDefinition[] modules =
        [
            Node.Returning("Root"),
            Node.Returning("Ping", dependsOn: ["Root", "Pong"]),
            Node.Returning("Pong", dependsOn: ["Ping"]),
        ];

        var run = await PipelineHarness.RunAsync(modules);

        AssertConfigurationError(run, "Ping", "Pong");
        Assert.That(run.Error, Does.Not.Contain("Root"));
    }

    [Test]
    public async Task PipelineWithoutModulesIsAConfigurationError()
    {
        var run = await PipelineHarness.RunAsync(Array.Empty<PipelineDefinition>(), []);

        AssertConfigurationError(run, "No modules");
    }

    [Test]
    public async Task PipelineWhoseDefinitionsHaveNoModulesIsAConfigurationError()
    {
        var run = await PipelineHarness.RunAsync(Array.Empty<ModuleDefinition>(), []);

        AssertConfigurationError(run, "No modules");
    }

    private static void AssertConfigurationError(HarnessRun run, params string[] fragments)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(PipelineExitCode.ConfigurationError));
            Assert.That(run.ErrorLines, Has.Count.EqualTo(1));
            Assert.That(run.Error, Does.StartWith("error: "));
            Assert.That(run.Results, Is.Empty);
            Assert.That(run.Output, Is.Empty);
            foreach (var fragment in fragments)
            {
                Assert.That(run.Error, Does.Contain(fragment));
            }
        }
    }
}
