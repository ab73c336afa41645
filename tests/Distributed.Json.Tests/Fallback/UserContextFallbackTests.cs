using Microsoft.Extensions.DependencyInjection;
using ModularPipelines.Distributed.Generated;
using ModularPipelines.Distributed.Json.Tests.Modules;
using ModularPipelines.Distributed.Json.Tests.Support;
using ModularPipelines.Distributed.Json.Tests.Unsupported;

namespace ModularPipelines.Distributed.Json.Tests.Fallback;

/// <summary>
/// The registered JsonSerializerContext (<see cref="Support.TestResultsContext"/>) wired end to end: the generated graph
/// falls back to it for result types its own metadata leaves out, here the polymorphic <see cref="Shape"/>. The graph is
/// this assembly's generated one, so nearly every module runs, including the many with unsupported result types.
/// All but one: <see cref="RunnableGraph"/> leaves out the node no serializer can describe.
/// </summary>
[NonParallelizable]
public sealed class UserContextFallbackTests
{
    /// <summary>Not how long the runs take (about a second): a guard so that a hang fails the test instead of the run.</summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    private static readonly string ShapeId = typeof(ShapeModule).FullName!;
    private static readonly string DescribeId = typeof(DescribeShapeModule).FullName!;

    [Test]
    public async Task TheWholeGraphRunsInOneProcessWithTheUserContextCoveringTheUnsupportedResultTypes()
    {
        var builder = RunnableGraph.CreateBuilder(["--capability", ShapeModule.Capability]);
        using var cancellation = new CancellationTokenSource(HangGuard);

        var run = await Task.Run(() => builder.Build().RunWithResultsAsync(cancellation.Token), CancellationToken.None).WaitAsync(HangGuard);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.Zero, Failures(run));
            Assert.That(run.Results.Select(r => r.Status), Is.All.EqualTo(ModuleStatus.Succeeded));
            Assert.That(Describe(run).Value, Is.EqualTo("Circle 'wheel' radius 2.5, made on instance 0"));
        }
    }

    [Test]
    public async Task APolymorphicResultMadeOnAWorkerIsReadBackOnTheMasterAsItsDerivedType()
    {
        await using var shared = new InMemoryCoordinator();
        using var cancellation = new CancellationTokenSource(HangGuard);

        var runs = await Task.WhenAll(Start(0), Start(1)).WaitAsync(HangGuard);

        var master = runs[0];
        var shape = (ModuleResult<Shape>)master.Results.Single(r => r.ModuleId == ShapeId);
        var describe = Describe(master);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(master.ExitCode, Is.Zero, Failures(master));
            Assert.That(runs[1].ExitCode, Is.Zero, "the worker's exit code");
            Assert.That(master.Results.Select(r => r.Status), Is.All.EqualTo(ModuleStatus.Succeeded));
            Assert.That(shape.InstanceIndex, Is.EqualTo(1), "only the worker has the capability ShapeModule requires");
            Assert.That(describe.InstanceIndex, Is.Zero, "DescribeShapeModule is pinned to the master");

            // The master's copy of the worker's result and the dependent's read both came from JSON through the context.
            Assert.That(shape.Value, Is.TypeOf<Circle>().With.Property(nameof(Circle.Radius)).EqualTo(2.5).And.Property(nameof(Shape.Label)).EqualTo("wheel"));
            Assert.That(describe.Value, Is.EqualTo("Circle 'wheel' radius 2.5, made on instance 1"));
        }

        Task<PipelineRunResult> Start(int instance)
        {
            var builder = RunnableGraph.CreateBuilder([]);
            builder.Services.AddSingleton<IDistributedCoordinator>(shared);
            builder.AddDistributedMode(o =>
            {
                o.RunId = "t";
                o.TotalInstances = 2;
                o.InstanceIndex = instance;
                o.HeartbeatIntervalSeconds = 0.2;
                o.HeartbeatTimeoutSeconds = 2;
                o.CapabilityTimeoutSeconds = 5;
                o.Concurrency = 1;
                if (instance == 1)
                {
                    o.Capabilities.Add(ShapeModule.Capability);
                }
            });
            var pipeline = builder.Build();
            return Task.Run(() => pipeline.RunWithResultsAsync(cancellation.Token), CancellationToken.None);
        }
    }

    [Test]
    public void TheGeneratedGraphFallsBackToTheRegisteredContext()
    {
        var definition = ModularPipelinesGraph.Create();

        Assert.That(definition.UserResultTypeResolver, Is.SameAs(Support.TestResultsContext.Default));
    }

    private static ModuleResult<string> Describe(PipelineRunResult run) =>
        (ModuleResult<string>)run.Results.Single(r => r.ModuleId == DescribeId);

    private static string Failures(PipelineRunResult run) =>
        string.Join("; ", run.Results.Where(r => r.Status != ModuleStatus.Succeeded).Select(r => $"{r.DisplayName}: {r.Status} {r.SkipReason}{r.Error?.Message}"));
}
