using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ModularPipelines.Distributed.Json.Tests.Shapes;
using ModularPipelines.Distributed.Json.Tests.Support;

namespace ModularPipelines.Distributed.Json.Tests.Resolver;

/// <summary>Compares the metadata itself with reflection's: what values cannot show (required flags, accessors, order...).</summary>
public sealed class ContractTests
{
    private static IEnumerable<Type> ObjectTypes()
    {
        yield return typeof(PrimitiveValues);
        yield return typeof(ExtendedValues);
        yield return typeof(CollectionValues);
        yield return typeof(TestReport);
        yield return typeof(TestSummary);
        yield return typeof(TreeNode);
        yield return typeof(DeploymentInfo);
        yield return typeof(ArtifactInfo);
        yield return typeof(PackageResult);
        yield return typeof(AnnotatedResult);
        yield return typeof(DerivedResult);
        yield return typeof(Coordinates);
        yield return typeof(Measurement);
        yield return typeof(RangeSpec);
        yield return typeof(VersionStamp);
        yield return typeof(RetryPolicy);
        yield return typeof(Page<TestCase>);
        yield return typeof(Envelope<int>);
        yield return typeof(Boxed<int>);
        yield return typeof(Outer.Inner);
        yield return typeof(KeywordNames);
        yield return typeof(ContractSetters);
        yield return typeof(Counter);
        yield return typeof(TwoConstructors);
        yield return typeof(RenamedRecord);
    }

    private static IEnumerable<Type> AllTypes() =>
        ObjectTypes().Concat([typeof(int), typeof(int?), typeof(BuildStatus), typeof(long[]), typeof(List<string>), typeof(IReadOnlyList<int>),
            typeof(IList<string>), typeof(ICollection<long>), typeof(IEnumerable<double>), typeof(Dictionary<string, int>),
            typeof(IDictionary<string, double>), typeof(IReadOnlyDictionary<string, string>), typeof(byte[])]);

    [TestCaseSource(nameof(ObjectTypes))]
    public void ObjectPropertiesMatchReflectionsInNameOrderTypeAccessAndRequirement(Type type)
    {
        var generated = Describe(JsonDifferential.Generated.GetTypeInfo(type));
        var reflected = Describe(JsonDifferential.Reflection.GetTypeInfo(type));

        Assert.That(generated, Is.EqualTo(reflected));
    }

    [TestCaseSource(nameof(AllTypes))]
    public void TheKindOfEveryTypeMatchesReflections(Type type) =>
        Assert.That(JsonDifferential.Generated.GetTypeInfo(type).Kind, Is.EqualTo(JsonDifferential.Reflection.GetTypeInfo(type).Kind));

    private static string[] Describe(JsonTypeInfo info) =>
    [
        $"kind={info.Kind} creatable={info.CreateObject is not null}",
        .. info.Properties.Select(p =>
            $"{p.Name}:{p.PropertyType.Name} get={p.Get is not null} set={p.Set is not null} required={p.IsRequired} order={p.Order} ext={p.IsExtensionData}"),
    ];
}
