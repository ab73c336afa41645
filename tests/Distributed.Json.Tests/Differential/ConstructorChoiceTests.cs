using ModularPipelines.Distributed.Json.Tests.Shapes;
using ModularPipelines.Distributed.Json.Tests.Support;

namespace ModularPipelines.Distributed.Json.Tests.Differential;

public sealed class ConstructorChoiceTests
{
    [TestCase("{}")]
    [TestCase("""{"Count":1}""")]
    public void AStructWithAParameterlessConstructorIsCreatedLikeReflection(string json) =>
        JsonDifferential.AssertSameRead<Counter>(json);

    [Test]
    public void AStructWithAParameterlessConstructorIsWrittenAndReadLikeReflection()
    {
        JsonDifferential.AssertRoundTrip(new Counter());
        JsonDifferential.AssertRoundTrip(new Counter { Count = -1, Label = null });
    }

    [TestCase("{}")]
    [TestCase("""{"Name":"n"}""")]
    public void APublicParameterlessConstructorWinsLikeReflection(string json) =>
        JsonDifferential.AssertSameRead<TwoConstructors>(json);

    [Test]
    public void AParameterBoundToARenamedPropertyIsReadFromTheJsonName()
    {
        var value = JsonDifferential.AssertSameRead<RenamedRecord>("""{"id":"x","Identifier":"clr","Secret":1}""");

        Assert.That(value, Is.EqualTo(new RenamedRecord("x")));
    }

    [Test]
    public void AParameterBoundToAnIgnoredPropertyGetsItsDefaultLikeReflection()
    {
        JsonDifferential.AssertRoundTrip(new RenamedRecord("id", 99, "comment"));
        JsonDifferential.AssertRoundTrip(new RenamedRecord("id", 99));
    }
}
