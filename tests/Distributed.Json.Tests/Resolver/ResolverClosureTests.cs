using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ModularPipelines.Distributed.Json.Tests.Shapes;
using ModularPipelines.Distributed.Json.Tests.Support;

namespace ModularPipelines.Distributed.Json.Tests.Resolver;

public sealed class ResolverClosureTests
{
    private static readonly JsonSerializerOptions s_combined = new()
    {
        TypeInfoResolver = JsonTypeInfoResolver.Combine(JsonDifferential.Resolver, new DefaultJsonTypeInfoResolver()),
    };

    private static IEnumerable<Type> ReachedTypes()
    {
        yield return typeof(TestReport);
        yield return typeof(TestCase);
        yield return typeof(TestCase[]);
        yield return typeof(TestSummary);
        yield return typeof(TestOutcome);
        yield return typeof(Dictionary<string, TestCase>);
        yield return typeof(Dictionary<string, List<BuildStatus>>);
        yield return typeof(List<BuildStatus>);
        yield return typeof(BuildStatus?);
        yield return typeof(List<TreeNode>);
        yield return typeof(IReadOnlyList<TestCase>);
        yield return typeof(string);
        yield return typeof(TimeSpan);
    }

    private static IEnumerable<Type> UnreachedTypes()
    {
        yield return typeof(List<long>);
        yield return typeof(HashSet<int>);
        yield return typeof(float?);
        yield return typeof(Stream);
        yield return typeof(IEnumerable<int>);
        yield return typeof(BaseResult);
    }

    [TestCaseSource(nameof(ReachedTypes))]
    public void EveryTypeAResultReachesHasGeneratedMetadata(Type type)
    {
        var info = JsonDifferential.Resolver.GetTypeInfo(type, JsonDifferential.Generated);

        Assert.That(info?.Type, Is.EqualTo(type));
    }

    [TestCaseSource(nameof(UnreachedTypes))]
    public void ATypeNoResultReachesGetsNull(Type type) =>
        Assert.That(JsonDifferential.Resolver.GetTypeInfo(type, JsonDifferential.Generated), Is.Null);

    [Test]
    public void CombinedWithAFallbackResolverTheGeneratedMetadataAnswersFirst()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(s_combined.TryGetTypeInfo(typeof(TestReport), out var report), Is.True);
            Assert.That(report!.Properties[0].AttributeProvider, Is.Null, "reflection metadata carries the PropertyInfo; generated metadata does not");
            Assert.That(s_combined.TryGetTypeInfo(typeof(Unsupported.FieldsOnly), out var fallback), Is.True, "the fallback covers the rest");
            Assert.That(fallback!.Type, Is.EqualTo(typeof(Unsupported.FieldsOnly)));
            Assert.That(JsonSerializer.Serialize(new TestSummary(2, 1), s_combined), Is.EqualTo("""{"Passed":2,"Failed":1,"Total":3}"""));
        }
    }

    [Test]
    public void MetadataBelongsToTheOptionsThatAskedForIt()
    {
        var info = JsonDifferential.Resolver.GetTypeInfo(typeof(TestCase), s_combined);

        Assert.That(info?.Options, Is.SameAs(s_combined));
    }
}
