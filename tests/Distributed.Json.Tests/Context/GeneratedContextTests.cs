using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.DependencyInjection;
using ModularPipelines.Distributed.Generated;
using ModularPipelines.Distributed.Json.Tests.Modules;
using ModularPipelines.Distributed.Json.Tests.Shapes;
using ModularPipelines.Distributed.Json.Tests.Support;

namespace ModularPipelines.Distributed.Json.Tests.Context;

/// <summary>
/// The generated <see cref="PipelineResultJsonContext"/> used as the pipeline's own code would: through its typed
/// properties, compared with reflection-based System.Text.Json and with the JSON the runtime stores for a result.
/// </summary>
[NonParallelizable]
public sealed class GeneratedContextTests
{
    /// <summary>Not how long the run takes: a guard so that a hang fails the test instead of the run.</summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    private static readonly JsonSerializerOptions s_userOptions = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = true };

    private static readonly JsonSerializerOptions s_userOptionsByReflection = new(s_userOptions) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };

    private static readonly TestCase s_case = new("Adds", TestOutcome.Failed, TimeSpan.FromMilliseconds(3), "Expected 2\nBut was 3");

    [Test]
    public void ATypedPropertyWritesAResultLikeReflectionAndReadsItBack()
    {
        var json = JsonSerializer.Serialize(ReleaseBuildModule.Output, PipelineResultJsonContext.Default.BuildOutput);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(json, Is.EqualTo(JsonSerializer.Serialize(ReleaseBuildModule.Output, JsonDifferential.Reflection)));
            var readBack = JsonSerializer.Deserialize(json, PipelineResultJsonContext.Default.BuildOutput);
            Assert.That(readBack?.Configuration, Is.EqualTo("Release"));
            Assert.That(readBack?.Assemblies, Is.EqualTo(ReleaseBuildModule.Output.Assemblies));
        }
    }

    [Test]
    public void TypedPropertiesOfNestedAndCollectionTypesWriteLikeReflection()
    {
        var report = new TestReport("Calculator", [s_case], new() { [s_case.Name] = s_case }, new TestSummary(0, 1), null);
        List<TreeNode> trees = [new TreeNode { Name = "root", Children = { new TreeNode { Name = "leaf" } } }];

        using (Assert.EnterMultipleScope())
        {
            Assert.That(JsonSerializer.Serialize(report, PipelineResultJsonContext.Default.TestReport), Is.EqualTo(JsonSerializer.Serialize(report, JsonDifferential.Reflection)));
            Assert.That(JsonSerializer.Serialize(s_case, PipelineResultJsonContext.Default.TestCase), Is.EqualTo(JsonSerializer.Serialize(s_case, JsonDifferential.Reflection)));
            Assert.That(JsonSerializer.Serialize(report.Cases, PipelineResultJsonContext.Default.TestCaseArray), Is.EqualTo(JsonSerializer.Serialize(report.Cases, JsonDifferential.Reflection)));
            Assert.That(JsonSerializer.Serialize(trees, PipelineResultJsonContext.Default.ListTreeNode), Is.EqualTo(JsonSerializer.Serialize(trees, JsonDifferential.Reflection)));
            Assert.That(JsonSerializer.Serialize(TestOutcome.Skipped, PipelineResultJsonContext.Default.TestOutcome), Is.EqualTo(JsonSerializer.Serialize(TestOutcome.Skipped, JsonDifferential.Reflection)));
        }
    }

    [Test]
    public async Task JsonWrittenThroughATypedPropertyEqualsTheJsonTheRuntimeStoresForTheResult()
    {
        await using var coordinator = new InMemoryCoordinator();
        using var cancellation = new CancellationTokenSource(HangGuard);
        var builder = RunnableGraph.CreateBuilder(["--capability", ShapeModule.Capability]);
        builder.Services.AddSingleton<IDistributedCoordinator>(coordinator);
        builder.AddDistributedMode(o =>
        {
            o.RunId = "context";
            o.TotalInstances = 1;
        });
        var pipeline = builder.Build();

        var run = await Task.Run(() => pipeline.RunWithResultsAsync(cancellation.Token), CancellationToken.None).WaitAsync(HangGuard);
        var stored = await coordinator.GetResultAsync(typeof(ReleaseBuildModule).FullName!, CancellationToken.None);

        Assert.That(run.ExitCode, Is.Zero);
        Assert.That(stored?.ValueJson, Is.EqualTo(JsonSerializer.Serialize(ReleaseBuildModule.Output, PipelineResultJsonContext.Default.BuildOutput)));
    }

    [Test]
    public void TheGeneratedGraphHandsTheRuntimeTheContextsDefaultInstance() =>
        Assert.That(ModularPipelinesGraph.Create().ResultTypeResolver, Is.SameAs(PipelineResultJsonContext.Default));

    [Test]
    public void EveryResultTypeTheGeneratedMetadataCoversHasATypedProperty()
    {
        var typed = typeof(PipelineResultJsonContext).GetProperties()
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(JsonTypeInfo<>))
            .Select(p => p.PropertyType.GetGenericArguments()[0])
            .ToHashSet();
        var covered = ModularPipelinesGraph.Create().Modules
            .Select(m => m.ResultType)
            .Where(t => JsonDifferential.Resolver.GetTypeInfo(t, JsonDifferential.Generated) is not null)
            .Distinct()
            .ToList();

        Assert.That(covered, Has.Count.GreaterThan(20), "the assembly's supported result types");
        Assert.That(covered, Is.SubsetOf(typed));
    }

    [Test]
    public void GetTypeInfoAnswersForTheTypesResultsReachWithTheContextsOptionsAndNullForOthers()
    {
        var context = PipelineResultJsonContext.Default;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(context.GetTypeInfo(typeof(Dictionary<string, List<BuildStatus>>))?.Options, Is.SameAs(context.Options));
            Assert.That(context.GetTypeInfo(typeof(BuildOutput)), Is.SameAs(context.BuildOutput));
            Assert.That(context.GetTypeInfo(typeof(HashSet<int>)), Is.Null);
            Assert.That(context.GetTypeInfo(typeof(Unsupported.FieldsOnly)), Is.Null);
        }
    }

    [Test]
    public void TheDefaultContextHasSystemTextJsonsDefaultOptionsAsTheRuntimeDoes()
    {
        var options = PipelineResultJsonContext.Default.Options;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(options.PropertyNamingPolicy, Is.Null);
            Assert.That(options.WriteIndented, Is.False);
            Assert.That(options.DefaultIgnoreCondition, Is.EqualTo(System.Text.Json.Serialization.JsonIgnoreCondition.Never));
            Assert.That(options.Converters, Is.Empty);
            Assert.That(options.TypeInfoResolver, Is.SameAs(PipelineResultJsonContext.Default));
        }
    }

    [Test]
    public void AContextMadeWithTheUsersOptionsWritesWithThem()
    {
        var context = new PipelineResultJsonContext(new JsonSerializerOptions(s_userOptions));

        var json = JsonSerializer.Serialize(ReleaseBuildModule.Output, context.BuildOutput);

        Assert.That(json, Is.EqualTo(JsonSerializer.Serialize(ReleaseBuildModule.Output, s_userOptionsByReflection)));
        Assert.That(json, Does.Contain("\"configuration\": \"Release\""));
    }
}
