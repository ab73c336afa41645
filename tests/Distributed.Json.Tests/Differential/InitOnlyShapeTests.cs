using ModularPipelines.Distributed.Json.Tests.Shapes;
using ModularPipelines.Distributed.Json.Tests.Support;

namespace ModularPipelines.Distributed.Json.Tests.Differential;

public sealed class InitOnlyShapeTests
{
    [Test]
    public void RequiredAndInitOnlyPropertiesAreWrittenAndReadLikeReflection()
    {
        var artifact = new ArtifactInfo { Name = "app.zip", Size = long.MaxValue, Hash = null, Files = ["a", "b/c"] };

        var readBack = JsonDifferential.AssertRoundTrip(artifact);

        Assert.That(readBack!.Files, Is.EqualTo(artifact.Files));
        JsonDifferential.AssertRoundTrip(new ArtifactInfo { Name = string.Empty });
    }

    [Test]
    public void InitOnlyPropertiesMissingFromTheJsonKeepTheirInitializersLikeReflection()
    {
        var artifact = JsonDifferential.AssertSameRead<ArtifactInfo>("""{"Name":"only the name"}""");

        Assert.That(artifact!.Hash, Is.EqualTo("none"));
    }

    [Test]
    public void AMissingRequiredPropertyIsRejectedLikeReflection() =>
        JsonDifferential.AssertSameReadFailure<ArtifactInfo>("""{"Size":1}""");

    [Test]
    public void GenericInitOnlyPropertiesAreSetThroughGenericAccessorsLikeReflection()
    {
        JsonDifferential.AssertRoundTrip(new Envelope<BuildOutput> { Payload = new BuildOutput("Release", ["a.dll"]), Kind = "build", Sent = Samples.FixedOffset });
        JsonDifferential.AssertRoundTrip(new Envelope<int> { Payload = -5, Sent = DateTimeOffset.MinValue });
        JsonDifferential.AssertSameRead<Envelope<int>>("""{"Sent":"2024-01-01T00:00:00+00:00"}""");
        JsonDifferential.AssertSameReadFailure<Envelope<int>>("""{"Payload":1}""");
    }

    [Test]
    public void AConstrainedGenericTypeIsWrittenAndReadLikeReflection()
    {
        JsonDifferential.AssertRoundTrip(new Boxed<int> { Value = int.MinValue, Maybe = 3 });
        JsonDifferential.AssertRoundTrip(new Boxed<int>());
    }

    [Test]
    public void StructsStartFromDefaultAndGetTheirInitOnlyPropertiesSetLikeReflection()
    {
        JsonDifferential.AssertRoundTripEqual(new Coordinates(51.5072, -0.1276));
        JsonDifferential.AssertRoundTripEqual(default(Coordinates));
        JsonDifferential.AssertRoundTripEqual(new Measurement { Value = 9.81, Unit = "m/s²" });
        JsonDifferential.AssertRoundTripEqual(default(Measurement));
        JsonDifferential.AssertSameRead<Coordinates>("""{"Longitude":2}""");
    }

    [Test]
    public void ANestedRecordIsWrittenAndReadLikeReflection() =>
        JsonDifferential.AssertRoundTripEqual(new Outer.Inner("nested") { Level = 3 });

    [Test]
    public void KeywordPropertyNamesAreWrittenAndReadLikeReflection() =>
        JsonDifferential.AssertRoundTrip(new KeywordNames { @class = 1, @event = "push" });
}
