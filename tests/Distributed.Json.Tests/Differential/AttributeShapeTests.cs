using ModularPipelines.Distributed.Json.Tests.Shapes;
using ModularPipelines.Distributed.Json.Tests.Support;

namespace ModularPipelines.Distributed.Json.Tests.Differential;

public sealed class AttributeShapeTests
{
    private static IEnumerable<AnnotatedResult> AnnotatedSamples()
    {
        yield return new AnnotatedResult();
        yield return new AnnotatedResult
        {
            BuildId = 42,
            Odd = "odd",
            Internal = "never written",
            Callback = () => { },
            OptionalNote = "note",
            RetryCount = 2,
            AlwaysWritten = "always",
            First = "1st",
            Last = "nth",
            Included = "in",
            Mandatory = "must",
        };
        yield return new AnnotatedResult { OptionalNote = null, RetryCount = 0, AlwaysWritten = null, Odd = null };
    }

    [TestCaseSource(nameof(AnnotatedSamples))]
    public void NamesIgnoreConditionsOrderIncludeAndRequiredAreHonouredLikeReflection(AnnotatedResult value) =>
        JsonDifferential.AssertRoundTrip(value);

    [Test]
    public void IgnoredPropertiesAreNeitherWrittenNorRead()
    {
        var value = JsonDifferential.AssertSameRead<AnnotatedResult>("""{"Mandatory":"m","Internal":"from json","build_id":7}""");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(value!.Internal, Is.EqualTo("hidden"));
            Assert.That(value.BuildId, Is.EqualTo(7));
            Assert.That(JsonDifferential.AssertSameJson(value), Does.Not.Contain("Internal").And.Not.Contain("Callback"));
        }
    }

    [Test]
    public void AMissingJsonRequiredPropertyIsRejectedLikeReflection() =>
        JsonDifferential.AssertSameReadFailure<AnnotatedResult>("""{"build_id":1}""");

    [Test]
    public void TheClrNameOfARenamedPropertyIsNotReadLikeReflection() =>
        JsonDifferential.AssertSameRead<AnnotatedResult>("""{"Mandatory":"m","BuildId":7,"Odd":"clr name"}""");
}
