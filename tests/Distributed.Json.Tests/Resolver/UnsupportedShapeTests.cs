using ModularPipelines.Distributed.Json.Tests.Support;
using ModularPipelines.Distributed.Json.Tests.Unsupported;

namespace ModularPipelines.Distributed.Json.Tests.Resolver;

public sealed class UnsupportedShapeTests
{
    private static IEnumerable<TestCaseData> UnsupportedResultTypes()
    {
        yield return new TestCaseData(typeof(object)).SetArgDisplayNames("object");
        yield return new TestCaseData(typeof(AbstractResult)).SetArgDisplayNames("abstract class");
        yield return new TestCaseData(typeof(IResult)).SetArgDisplayNames("interface");
        yield return new TestCaseData(typeof(ConvertedResult)).SetArgDisplayNames("[JsonConverter] class");
        yield return new TestCaseData(typeof(PolymorphicResult)).SetArgDisplayNames("[JsonPolymorphic] class");
        yield return new TestCaseData(typeof(FieldsOnly)).SetArgDisplayNames("public fields");
        yield return new TestCaseData(typeof(ObjectProperty)).SetArgDisplayNames("object property deep inside");
        yield return new TestCaseData(typeof(NamedLevel)).SetArgDisplayNames("[JsonConverter] enum");
        yield return new TestCaseData(typeof(ExtensionDataResult)).SetArgDisplayNames("[JsonExtensionData]");
        yield return new TestCaseData(typeof(AmbiguousConstructors)).SetArgDisplayNames("no deserialization constructor");
        yield return new TestCaseData(typeof(UnboundParameter)).SetArgDisplayNames("unbound constructor parameter");
        yield return new TestCaseData(typeof(CustomList)).SetArgDisplayNames("derives from a framework collection");
        yield return new TestCaseData(typeof(NameConflict)).SetArgDisplayNames("JSON name conflict");
        yield return new TestCaseData(typeof(Dictionary<int, string>)).SetArgDisplayNames("non-string dictionary key");
        yield return new TestCaseData(typeof((int Count, string Name))).SetArgDisplayNames("tuple");
        yield return new TestCaseData(typeof(None)).SetArgDisplayNames("None (the runtime's own metadata)");
    }

    [TestCaseSource(nameof(UnsupportedResultTypes))]
    public void AnUnsupportedResultTypeGetsNoGeneratedMetadata(Type type) =>
        Assert.That(JsonDifferential.Resolver.GetTypeInfo(type, JsonDifferential.Generated), Is.Null);

    [Test]
    public void TypesReachedOnlyFromAnUnsupportedRootGetNoGeneratedMetadata() =>
        Assert.That(JsonDifferential.Resolver.GetTypeInfo(typeof(NestedObjectProperty), JsonDifferential.Generated), Is.Null);

    [Test]
    public void SerializingAnUnsupportedTypeWithOnlyTheGeneratedMetadataFailsInsteadOfGuessing() =>
        Assert.That(
            () => System.Text.Json.JsonSerializer.Serialize(new FieldsOnly { Count = 1 }, JsonDifferential.Generated),
            Throws.TypeOf<NotSupportedException>());
}
