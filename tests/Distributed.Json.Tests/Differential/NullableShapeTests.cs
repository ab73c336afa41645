using ModularPipelines.Distributed.Json.Tests.Shapes;
using ModularPipelines.Distributed.Json.Tests.Support;

namespace ModularPipelines.Distributed.Json.Tests.Differential;

public sealed class NullableShapeTests
{
    private static IEnumerable<NullableValues> NullableSamples()
    {
        yield return new NullableValues(null, null, null, null, null, null, null, null, null, null);
        yield return new NullableValues(0, 0d, 0m, false, '\0', Guid.Empty, default(DateTime), default(DateTimeOffset), TimeSpan.Zero, Permissions.None);
        yield return new NullableValues(
            int.MinValue, double.MaxValue, decimal.MinValue, true, 'z', Samples.FixedId,
            DateTime.MaxValue, Samples.FixedOffset, TimeSpan.MinValue, Permissions.Read | Permissions.Execute);
        yield return new NullableValues(1, null, 2m, null, 'q', null, new DateTime(2020, 5, 6, 7, 8, 9, DateTimeKind.Utc), null, TimeSpan.FromMinutes(90), null);
    }

    private static IEnumerable<Coordinates?> OptionalCoordinates()
    {
        yield return null;
        yield return new Coordinates(0, 0);
        yield return new Coordinates(-90, 180.000001);
    }

    [TestCaseSource(nameof(NullableSamples))]
    public void NullableValuesPresentOrAbsentAreWrittenAndReadLikeReflection(NullableValues value) =>
        JsonDifferential.AssertRoundTripEqual(value);

    [TestCaseSource(nameof(OptionalCoordinates))]
    public void ANullableStructResultIsWrittenAndReadLikeReflection(Coordinates? value) =>
        JsonDifferential.AssertRoundTripEqual(value);

    [TestCase("""{"Count":null,"Ratio":null,"Id":null,"Permissions":null}""")]
    [TestCase("""{"Count":3}""")]
    public void ExplicitNullsAndMissingValuesAreReadLikeReflection(string json) =>
        JsonDifferential.AssertSameRead<NullableValues>(json);
}
