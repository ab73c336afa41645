using Microsoft.Extensions.DependencyInjection;
using ModularPipelines.Distributed.Generator.Tests.Support;

namespace ModularPipelines.Distributed.Generator.Tests.Golden;

public sealed class SkipConditionsGoldenTests
{
    private const string Conditions = """
        namespace Sample.Skipping;

        public interface IToolbox
        {
            bool Has(string tool);
        }

        /// <summary>Registered by the test: has no tool at all.</summary>
        public sealed class EmptyToolbox : IToolbox
        {
            public bool Has(string tool) => false;
        }

        public sealed class OnlyOnMain() : OnlyOnBranch("main");

        public sealed class WithoutDocker(IToolbox toolbox, IServiceProvider services, string? label = null) : ISkipCondition
        {
            public ValueTask<string?> ShouldSkipAsync(IModuleContext context, CancellationToken cancellationToken) =>
                ValueTask.FromResult(toolbox.Has("docker") || services is null ? null : $"docker is not installed{label}");
        }
        """;

    private const string Modules = """
        namespace Sample.Skipping;

        [SkipIf<OnlyOnCi>]
        public abstract class ReleaseModule : Module<string>
        {
            protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
                Task.FromResult<string?>(context.ModuleId);
        }

        // Its own conditions first, then the base class's.
        [SkipIf<NotOnPullRequests>]
        [SkipIf<OnlyOnMain>]
        public sealed class Publish : ReleaseModule;

        [SkipIf<WithoutDocker>]
        [MatrixTarget("linux", "windows")]
        public sealed class DockerImage : Module<string>
        {
            protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
                Task.FromResult(context.GetMatrixTarget());
        }

        // Ignoring a failure names the same conditions, in a list of its own.
        [IgnoreFailureIf<WithoutDocker>]
        [IgnoreFailureIf<OnlyOnMain>]
        [SkipIf<NotOnPullRequests>]
        public sealed class Advisory : Module<string>
        {
            protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
                Task.FromResult<string?>("advice");
        }

        public sealed class Unconditional : Module<string>
        {
            protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
                Task.FromResult<string?>("always");
        }
        """;

    [Test]
    public async Task SkipAndIgnoreFailureConditionsAreEmittedAsConstructorCallsInDeclarationOrder()
    {
        var run = GeneratorHarness.RunAndAssertCompiles(Conditions, Modules);

        var graph = GeneratedGraph.Load(run);
        var assembly = graph.Modules[0].ModuleType.Assembly;
        var services = new ServiceCollection()
            .AddSingleton(assembly.GetType("Sample.Skipping.IToolbox")!, assembly.GetType("Sample.Skipping.EmptyToolbox")!)
            .BuildServiceProvider();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(
                graph.Node("Sample.Skipping.Publish").SkipConditions.Select(factory => factory(services).GetType().Name),
                Is.EqualTo(new[] { "NotOnPullRequests", "OnlyOnMain", "OnlyOnCi" }));
            Assert.That(graph.Node("Sample.Skipping.Unconditional").SkipConditions, Is.Empty);
            Assert.That(graph.Node("Sample.Skipping.Unconditional").IgnoreFailureConditions, Is.Empty);
            Assert.That(graph.Node("Sample.Skipping.Publish").IgnoreFailureConditions, Is.Empty);
            Assert.That(
                graph.Node("Sample.Skipping.Advisory").IgnoreFailureConditions.Select(factory => factory(services).GetType().Name),
                Is.EqualTo(new[] { "WithoutDocker", "OnlyOnMain" }));
            Assert.That(
                graph.Node("Sample.Skipping.Advisory").SkipConditions.Select(factory => factory(services).GetType().Name),
                Is.EqualTo(new[] { "NotOnPullRequests" }));
            foreach (var target in new[] { "linux", "windows" })
            {
                var conditions = graph.Node($"Sample.Skipping.DockerImage[{target}]").SkipConditions;
                Assert.That(conditions, Has.Count.EqualTo(1), target);
                // The injected toolbox has no docker: only a condition built with the registered service says so.
                Assert.That(await conditions[0](services).ShouldSkipAsync(null!, CancellationToken.None), Is.EqualTo("docker is not installed"), target);
            }
        }

        GoldenFiles.Verify(GoldenCases.SkipConditions, run);
    }
}
