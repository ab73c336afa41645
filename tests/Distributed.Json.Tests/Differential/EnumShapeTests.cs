using ModularPipelines.Distributed.Json.Tests.Shapes;
using ModularPipelines.Distributed.Json.Tests.Support;

namespace ModularPipelines.Distributed.Json.Tests.Differential;

public sealed class EnumShapeTests
{
    private static IEnumerable<EnumValues> EnumSamples()
    {
        yield return new EnumValues(default, default, default, null);
        yield return new EnumValues(BuildStatus.Failed, Permissions.Read | Permissions.Write | Permissions.Execute, Region.America, BuildStatus.Succeeded);
        yield return new EnumValues(BuildStatus.Running, Permissions.Execute, Region.Antarctica, BuildStatus.Failed);
        yield return new EnumValues(BuildStatus.Succeeded, Permissions.None, Region.Europe, BuildStatus.Pending);
        yield return new EnumValues((BuildStatus)42, (Permissions)255, (Region)(-7), (BuildStatus)(-42));
    }

    [TestCaseSource(nameof(EnumSamples))]
    public void EnumsAreWrittenAsNumbersAndReadLikeReflection(EnumValues value) =>
        JsonDifferential.AssertRoundTripEqual(value);

    [TestCase(BuildStatus.Failed)]
    [TestCase(BuildStatus.Succeeded)]
    [TestCase((BuildStatus)1234)]
    public void AnEnumResultIsWrittenAndReadLikeReflection(BuildStatus value) =>
        JsonDifferential.AssertRoundTripEqual(value);

    [TestCase("""{"Status":"Running"}""")]
    [TestCase("""{"Permissions":-1}""")]
    [TestCase("""{"Region":1.5}""")]
    public void EnumNamesAndOutOfRangeNumbersAreRejectedLikeReflection(string json) =>
        JsonDifferential.AssertSameReadFailure<EnumValues>(json);
}
