using ModularPipelines.Distributed.Json.Tests.Shapes;
using ModularPipelines.Distributed.Json.Tests.Support;

namespace ModularPipelines.Distributed.Json.Tests.Differential;

public sealed class PrimitiveShapeTests
{
    private static IEnumerable<PrimitiveValues> PrimitiveSamples()
    {
        yield return new PrimitiveValues(
            false, 0, 0, 0, 0, 0, 0, 0, 0, 0f, 0d, 0m, 'a', null, Guid.Empty, default, default, TimeSpan.Zero);
        yield return new PrimitiveValues(
            true, byte.MaxValue, sbyte.MaxValue, short.MaxValue, ushort.MaxValue, int.MaxValue, uint.MaxValue, long.MaxValue, ulong.MaxValue,
            float.MaxValue, double.MaxValue, decimal.MaxValue, '\uffff', "max", Samples.FixedId,
            DateTime.MaxValue, DateTimeOffset.MaxValue, TimeSpan.MaxValue);
        yield return new PrimitiveValues(
            false, byte.MinValue, sbyte.MinValue, short.MinValue, ushort.MinValue, int.MinValue, uint.MinValue, long.MinValue, ulong.MinValue,
            float.MinValue, double.MinValue, decimal.MinValue, '\0', "min", Guid.Empty,
            DateTime.MinValue, DateTimeOffset.MinValue, TimeSpan.MinValue);
        yield return new PrimitiveValues(
            true, 1, -1, -2, 2, -3, 3, -4, 4, float.Epsilon, double.Epsilon, 0.0000000000000000000000000001m, '"', "tiny", Samples.FixedId,
            new DateTime(2024, 2, 29, 12, 30, 45, 678, DateTimeKind.Utc), Samples.FixedOffset, TimeSpan.FromTicks(1));
        yield return new PrimitiveValues(
            true, 7, 7, 7, 7, 7, 7, 7, 7, 0.1f, 1e-300, 1.10m, '\\', "fractions", Samples.FixedId,
            new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Unspecified), new DateTimeOffset(2001, 1, 1, 0, 0, 0, TimeSpan.FromHours(14)),
            new TimeSpan(-1, -2, -3, -4, -5));
        yield return new PrimitiveValues(
            false, 128, -128, -1, 1, 1, 1, -1, 1, -0f, -0d, -1.5m, 'ß', "negative zero", Samples.FixedId,
            new DateTime(1999, 12, 31, 23, 59, 59, DateTimeKind.Local), Samples.FixedOffset.ToUniversalTime(), TimeSpan.FromDays(-10000));
        foreach (var text in Samples.Texts)
        {
            yield return new PrimitiveValues(true, 1, 1, 1, 1, 1, 1, 1, 1, 1f, 1d, 1m, 'é', text, Samples.FixedId, default, default, default);
        }
    }

    private static IEnumerable<ExtendedValues> ExtendedSamples()
    {
        yield return new ExtendedValues(default, default, default, default, default, null, null, null);
        yield return new ExtendedValues(
            DateOnly.MaxValue, TimeOnly.MaxValue, Half.MaxValue, Int128.MaxValue, UInt128.MaxValue,
            new Uri("https://example.com/a%20b?q=ü&x=1#frag"), new Version(1, 2, 3, 4), [0, 1, 2, 254, 255]);
        yield return new ExtendedValues(
            DateOnly.MinValue, TimeOnly.MinValue, Half.Epsilon, Int128.MinValue, UInt128.MinValue,
            new Uri("relative/path?x=1", UriKind.Relative), new Version(0, 0), []);
        yield return new ExtendedValues(
            new DateOnly(2024, 2, 29), new TimeOnly(13, 14, 15, 16), (Half)(-1.5), -1, 1,
            new Uri("file:///tmp/some%20file.txt"), new Version(10, 0, 401), [.. Enumerable.Range(0, 300).Select(i => (byte)i)]);
    }

    [TestCaseSource(nameof(PrimitiveSamples))]
    public void PrimitivesAreWrittenAndReadLikeReflection(PrimitiveValues value) =>
        JsonDifferential.AssertRoundTripEqual(value);

    [TestCaseSource(nameof(ExtendedSamples))]
    public void NewerAndReferenceTypedBuiltInsAreWrittenAndReadLikeReflection(ExtendedValues value) =>
        JsonDifferential.AssertRoundTrip(value);

    [TestCaseSource(typeof(Samples), nameof(Samples.Texts))]
    public void AStringResultIsWrittenAndReadLikeReflection(string text) =>
        JsonDifferential.AssertRoundTripEqual(text);

    [Test]
    public void ANullStringResultIsWrittenAndReadLikeReflection() =>
        JsonDifferential.AssertRoundTripEqual<string?>(null);

    [TestCase(int.MinValue)]
    [TestCase(-1)]
    [TestCase(0)]
    [TestCase(int.MaxValue)]
    public void AnIntegerResultIsWrittenAndReadLikeReflection(int value) =>
        JsonDifferential.AssertRoundTripEqual(value);

    [TestCase(true)]
    [TestCase(false)]
    public void ABooleanResultIsWrittenAndReadLikeReflection(bool value) =>
        JsonDifferential.AssertRoundTripEqual(value);

    [Test]
    public void GuidAndTimestampResultsAreWrittenAndReadLikeReflection()
    {
        JsonDifferential.AssertRoundTripEqual(Samples.FixedId);
        JsonDifferential.AssertRoundTripEqual(Guid.Empty);
        JsonDifferential.AssertRoundTripEqual(Samples.FixedOffset);
        JsonDifferential.AssertRoundTripEqual(DateTimeOffset.MinValue);
    }

    [TestCase(null)]
    [TestCase(0)]
    [TestCase(-42)]
    public void ANullableIntegerResultIsWrittenAndReadLikeReflection(int? value) =>
        JsonDifferential.AssertRoundTripEqual(value);

    [Test]
    public void NonFiniteFloatingPointNumbersAreRefusedLikeReflection()
    {
        JsonDifferential.AssertSameWriteFailure(new PrimitiveValues(
            true, 1, 1, 1, 1, 1, 1, 1, 1, float.NaN, 1d, 1m, 'x', null, Guid.Empty, default, default, default));
        JsonDifferential.AssertSameWriteFailure(new PrimitiveValues(
            true, 1, 1, 1, 1, 1, 1, 1, 1, 1f, double.PositiveInfinity, 1m, 'x', null, Guid.Empty, default, default, default));
    }

    [TestCase("""{"Count":"12"}""")]
    [TestCase("""{"Count":1.5}""")]
    [TestCase("""{"Octet":256}""")]
    [TestCase("""{"Id":"not-a-guid"}""")]
    [TestCase("""{"Flag":1}""")]
    public void MalformedPrimitivesAreRejectedLikeReflection(string json) =>
        JsonDifferential.AssertSameReadFailure<PrimitiveValues>(json);

    [TestCase("{}")]
    [TestCase("""{"count":5,"TEXT":"case-insensitive? no","Unknown":[1,{"a":2}]}""")]
    [TestCase("""{"Count":5,"Count":6}""")]
    public void PartialOrUnusualJsonIsReadLikeReflection(string json) =>
        JsonDifferential.AssertSameRead<PrimitiveValues>(json);
}
