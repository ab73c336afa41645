using ModularPipelines.Distributed.Generator.Tests.Support;

namespace ModularPipelines.Distributed.Generator.Tests.Golden;

public sealed class InheritedAttributesGoldenTests
{
    private const string Source = """
        namespace Sample.Inheritance;

        public sealed class Prepare : Module<string>
        {
            protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
                Task.FromResult<string?>("ready");
        }

        [DependsOn<Prepare>]
        [RequiresCapability("docker")]
        [NotInParallel("deploy")]
        [ModuleTimeout(30)]
        [ModuleRetry(2)]
        public abstract class DeploymentModule : Module<string>
        {
            protected override async Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken)
            {
                var prepared = await context.GetModule<Prepare>();
                return prepared.Value + ":" + GetType().Name;
            }
        }

        // Inherits everything.
        public sealed class DeployStaging : DeploymentModule;

        // Single-use attributes of its own win; multi-use ones (DependsOn, RequiresCapability) add to the base's.
        [ModuleTimeout(5)]
        [NotInParallel("production")]
        [DependsOn<DeployStaging>]
        [RequiresCapability("prod-credentials")]
        public sealed class DeployProduction : DeploymentModule;
        """;

    [Test]
    public void ModulesInheritAttributesFromAnAbstractBaseModule()
    {
        var run = GeneratorHarness.RunAndAssertCompiles(Source);

        Assert.That(run.NodeIds, Is.EqualTo(new[] { "Sample.Inheritance.DeployProduction", "Sample.Inheritance.DeployStaging", "Sample.Inheritance.Prepare" }));
        var graph = GeneratedGraph.Load(run);
        var staging = graph.Node("Sample.Inheritance.DeployStaging");
        var production = graph.Node("Sample.Inheritance.DeployProduction");
        Assert.Multiple(() =>
        {
            Assert.That(staging.Dependencies, Is.EqualTo(new[] { "Sample.Inheritance.Prepare" }));
            Assert.That(staging.RequiredCapabilities, Is.EqualTo(new[] { "docker" }));
            Assert.That(staging.NotInParallelKeys, Is.EqualTo(new[] { "deploy" }));
            Assert.That(staging.Timeout, Is.EqualTo(TimeSpan.FromSeconds(30)));
            Assert.That(staging.Retries, Is.EqualTo(2));
            Assert.That(production.Dependencies, Is.EquivalentTo(new[] { "Sample.Inheritance.DeployStaging", "Sample.Inheritance.Prepare" }));
            Assert.That(production.RequiredCapabilities, Is.EquivalentTo(new[] { "prod-credentials", "docker" }));
            Assert.That(production.NotInParallelKeys, Is.EqualTo(new[] { "production" }));
            Assert.That(production.Timeout, Is.EqualTo(TimeSpan.FromSeconds(5)));
            Assert.That(production.Retries, Is.EqualTo(2));
        });
        GoldenFiles.Verify(GoldenCases.InheritedAttributes, run);
    }
}
