using ModularPipelines.Distributed.Json.Tests.Shapes;
using ModularPipelines.Distributed.Json.Tests.Support;

namespace ModularPipelines.Distributed.Json.Tests.Differential;

public sealed class ConstructorShapeTests
{
    [Test]
    public void APositionalRecordWithExtraInitAndComputedPropertiesIsWrittenAndReadLikeReflection()
    {
        var package = new PackageResult("ModularPipelines.Distributed", "1.0.0-beta.1") { Published = true, Feeds = ["nuget.org", "github"] };

        var readBack = JsonDifferential.AssertRoundTrip(package);

        Assert.That(readBack!.Feeds, Is.EqualTo(package.Feeds));
        JsonDifferential.AssertRoundTrip(new PackageResult(string.Empty, string.Empty));
    }

    [TestCase("""{"major":1,"MINOR":2,"Label":"rc"}""")]
    [TestCase("""{"Major":3}""")]
    [TestCase("{}")]
    public void ConstructorParametersBindToPropertiesCaseInsensitivelyLikeReflection(string json) =>
        JsonDifferential.AssertSameRead<VersionStamp>(json);

    [Test]
    public void TheJsonConstructorOfAClassWithSeveralConstructorsIsUsedLikeReflection() =>
        JsonDifferential.AssertRoundTrip(new VersionStamp(10, 0) { Label = "lts" });

    [TestCase("{}")]
    [TestCase("""{"Attempts":0}""")]
    [TestCase("""{"Name":null,"Limit":5,"Permissions":null}""")]
    public void ConstructorDefaultValuesFillWhatTheJsonLacksLikeReflection(string json) =>
        JsonDifferential.AssertSameRead<RetryPolicy>(json);

    [Test]
    public void ConstructorDefaultValuesAreTheDeclaredOnes()
    {
        var policy = JsonDifferential.AssertSameRead<RetryPolicy>("{}");

        Assert.That(policy, Is.EqualTo(new RetryPolicy()));
    }

    [Test]
    public void ARecordWithDefaultedParametersIsWrittenAndReadLikeReflection()
    {
        JsonDifferential.AssertRoundTripEqual(new RetryPolicy());
        JsonDifferential.AssertRoundTripEqual(new RetryPolicy(0, 0, BuildStatus.Failed, string.Empty, long.MinValue, 0m, null, '\0', float.MaxValue, short.MinValue, Samples.FixedId));
    }

    [Test]
    public void AStructWithAJsonConstructorIsWrittenAndReadLikeReflection()
    {
        JsonDifferential.AssertRoundTripEqual(new RangeSpec(3, 7));
        JsonDifferential.AssertRoundTripEqual(default(RangeSpec));
        JsonDifferential.AssertSameRead<RangeSpec>("""{"end":9}""");
    }

    [Test]
    public void RequiredMembersSetByTheConstructorAreNotRequiredInTheJson()
    {
        JsonDifferential.AssertRoundTrip(new ContractSetters("ops", 3) { Comment = "set by constructor" });
        JsonDifferential.AssertSameRead<ContractSetters>("{}");
    }

    [TestCase("""{"Items":null,"Total":"3"}""")]
    [TestCase("""{"Items":[{"Name":1}],"Total":1}""")]
    public void MalformedConstructorArgumentsAreRejectedLikeReflection(string json) =>
        JsonDifferential.AssertSameReadFailure<Page<TestCase>>(json);
}
