using System.Reflection;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using ModularPipelines.Distributed.Generator.Tests.Support;

namespace ModularPipelines.Distributed.Generator.Tests.JsonContext;

/// <summary>
/// The generated <c>PipelineResultJsonContext</c> as user code sees it, read from the compiled output: which typed
/// properties it has and what they return.
/// </summary>
public sealed class JsonContextPropertyTests
{
    private const string BuildTypes = """
        namespace Sample.Build;

        public sealed record Artifact(string Path, long Size);

        public sealed record BuildOutput(string Configuration, IReadOnlyList<Artifact> Artifacts, Dictionary<string, int> Warnings, int? ExitCode);
        """;

    private const string DeployTypes = """
        namespace Sample.Deploy;

        // Same simple names as in Sample.Build: the context's property names must still be unique.
        public sealed record Artifact(string Url);

        public sealed record BuildOutput(Artifact[] Published);

        // Named like members of the context itself.
        public sealed record Options(bool DryRun);

        public sealed record Property(string Key, string Value);

        public sealed record Create0(int Id);
        """;

    private const string Modules = """
        public sealed class BuildModule : Module<Sample.Build.BuildOutput>
        {
            protected override Task<Sample.Build.BuildOutput?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
                Task.FromResult<Sample.Build.BuildOutput?>(null);
        }

        public sealed class DeployModule : Module<Sample.Deploy.BuildOutput>
        {
            protected override Task<Sample.Deploy.BuildOutput?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
                Task.FromResult<Sample.Deploy.BuildOutput?>(null);
        }

        public sealed class OptionsModule : Module<Sample.Deploy.Options>
        {
            protected override Task<Sample.Deploy.Options?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
                Task.FromResult<Sample.Deploy.Options?>(null);
        }

        public sealed class PropertiesModule : Module<List<Sample.Deploy.Property>>
        {
            protected override Task<List<Sample.Deploy.Property>?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
                Task.FromResult<List<Sample.Deploy.Property>?>(null);
        }

        public sealed class NumberedModule : Module<Sample.Deploy.Create0>
        {
            protected override Task<Sample.Deploy.Create0?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
                Task.FromResult<Sample.Deploy.Create0?>(null);
        }

        public sealed class CountModule : Module<int>
        {
            protected override Task<int> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) => Task.FromResult(1);
        }
        """;

    /// <summary>The typed properties of the three sources' context, compiled once for the tests that only read them.</summary>
    private static readonly Lazy<Dictionary<string, Type>> s_properties = new(() => TypedProperties(LoadGraph()));

    [Test]
    public void EveryResultTypeHasATypedPropertyOnTheGeneratedContext()
    {
        var graph = LoadGraph();
        var properties = TypedProperties(graph);

        foreach (var resultType in graph.Modules.Select(m => m.ResultType).Distinct())
        {
            Assert.That(properties.Values, Has.One.EqualTo(resultType), $"no typed property for {resultType}");
        }
    }

    [Test]
    public void TypesAResultReachesHaveTypedPropertiesUnderShortNamesWhileTheseAreUnique() =>
        Assert.That(
            s_properties.Value.Keys,
            Is.SupersetOf(new[] { "IReadOnlyListArtifact", "ArtifactArray", "DictionaryStringInt32", "NullableInt32", "String", "Int64", "Boolean" }));

    [TestCase("Sample_Build_BuildOutput", "Sample.Build.BuildOutput", TestName = "{m}(two types named BuildOutput)")]
    [TestCase("Sample_Deploy_BuildOutput", "Sample.Deploy.BuildOutput", TestName = "{m}(the other BuildOutput)")]
    [TestCase("Sample_Build_Artifact", "Sample.Build.Artifact", TestName = "{m}(two types named Artifact)")]
    [TestCase("Sample_Deploy_Artifact", "Sample.Deploy.Artifact", TestName = "{m}(the other Artifact)")]
    [TestCase("Sample_Deploy_Options", "Sample.Deploy.Options", TestName = "{m}(named like the context's Options)")]
    [TestCase("Sample_Deploy_Property", "Sample.Deploy.Property", TestName = "{m}(named like a helper method)")]
    [TestCase("Sample_Deploy_Create0", "Sample.Deploy.Create0", TestName = "{m}(named like a factory)")]
    public void ATypeWhoseShortNameIsSharedOrTakenGetsAPropertyNamedWithItsNamespace(string property, string type) =>
        Assert.That(s_properties.Value[property].FullName, Is.EqualTo(type));

    [Test]
    public void AShortNameTwoTypesShareBelongsToNeither() =>
        Assert.That(s_properties.Value.Keys, Has.None.EqualTo("BuildOutput").And.None.EqualTo("Artifact"));

    [Test]
    public void OnlyTheCollidingNameItselfIsQualified() =>
        Assert.That(s_properties.Value["ListProperty"], Is.EqualTo(typeof(List<>).MakeGenericType(s_properties.Value["Sample_Deploy_Property"])));

    [Test]
    public void PropertyNamesDoNotDependOnTheOrderOfTheSourceFiles()
    {
        var forward = GeneratorHarness.RunAndAssertCompiles(BuildTypes, DeployTypes, Modules);
        var backward = GeneratorHarness.RunAndAssertCompiles(Modules, DeployTypes, BuildTypes);

        Assert.That(backward.Sources, Is.EqualTo(forward.Sources));
    }

    [Test]
    public void TheGraphHandsTheRuntimeTheContextsDefaultInstance()
    {
        var graph = LoadGraph();
        var contextType = graph.ResultTypeResolver.GetType();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(graph.ResultTypeResolver, Is.InstanceOf<JsonSerializerContext>());
            Assert.That(contextType.FullName, Is.EqualTo("ModularPipelines.Distributed.Generated.PipelineResultJsonContext"));
            Assert.That(contextType.IsPublic, Is.False, "internal, so two pipeline assemblies never make the name ambiguous");
            Assert.That(contextType.GetProperty("Default")!.GetValue(null), Is.SameAs(graph.ResultTypeResolver));
        }
    }

    [Test]
    public void EachTypedPropertyReturnsMetadataOfItsTypeBoundToTheContextsOptions()
    {
        var graph = LoadGraph();
        var context = (JsonSerializerContext)graph.ResultTypeResolver;

        foreach (var property in TypedPropertyInfos(context.GetType()))
        {
            var info = (JsonTypeInfo)property.GetValue(context)!;
            Assert.That(info.Type, Is.EqualTo(property.PropertyType.GetGenericArguments()[0]), property.Name);
            Assert.That(info.Options, Is.SameAs(context.Options), property.Name);
            Assert.That(context.GetTypeInfo(info.Type), Is.SameAs(info), property.Name + " through GetTypeInfo(Type)");
        }
    }

    private static PipelineDefinition LoadGraph() => GeneratedGraph.Load(GeneratorHarness.RunAndAssertCompiles(BuildTypes, DeployTypes, Modules));

    /// <summary>The context's typed properties by name, each with the type its metadata describes.</summary>
    private static Dictionary<string, Type> TypedProperties(PipelineDefinition graph) =>
        TypedPropertyInfos(graph.ResultTypeResolver.GetType()).ToDictionary(p => p.Name, p => p.PropertyType.GetGenericArguments()[0], StringComparer.Ordinal);

    private static IEnumerable<PropertyInfo> TypedPropertyInfos(Type context) =>
        context.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(JsonTypeInfo<>));
}
