using System.Collections.ObjectModel;
using ModularPipelines.Distributed.Json.Tests.Shapes;
using ModularPipelines.Distributed.Json.Tests.Support;

namespace ModularPipelines.Distributed.Json.Tests.Differential;

public sealed class CollectionShapeTests
{
    private static IEnumerable<CollectionValues> CollectionSamples()
    {
        yield return new CollectionValues([], [], [], [], [], [], [], [], [], [], [], new Dictionary<string, string?>(), new Dictionary<string, double>(), []);
        yield return new CollectionValues(null!, null, null!, null!, null!, null!, null!, null!, null!, null!, null!, null!, null!, null!);
        yield return new CollectionValues(
            [int.MinValue, 0, int.MaxValue],
            ["a", null, string.Empty, "\"quoted\""],
            [.. Samples.Texts],
            new ReadOnlyCollection<int>([3, 2, 1]),
            ["x", "y"],
            new HashSet<long> { long.MinValue, 0, long.MaxValue },
            [Guid.Empty, Samples.FixedId],
            Enumerable.Range(0, 5).Select(i => i / 3d),
            [1, null, 3],
            [[], [1], [1, 2, 3]],
            new() { [string.Empty] = 0, ["a b"] = 1, ["ünï\"\\/"] = -1, ["🚀"] = int.MaxValue },
            new Dictionary<string, string?> { ["null"] = null, ["text"] = "value" },
            new SortedDictionary<string, double> { ["pi"] = Math.PI, ["e"] = Math.E, ["tiny"] = double.Epsilon },
            new() { ["empty"] = [], ["mixed"] = [BuildStatus.Failed, BuildStatus.Succeeded, (BuildStatus)77] });
        yield return new CollectionValues(
            [.. Enumerable.Range(0, 1000)],
            [.. Enumerable.Range(0, 100).Select(i => i % 2 == 0 ? null : i.ToString(System.Globalization.CultureInfo.InvariantCulture))],
            ["one"],
            [1],
            ["one"],
            [1],
            [Samples.FixedId],
            [double.MaxValue],
            [null],
            [[int.MinValue]],
            new() { ["only"] = 1 },
            new Dictionary<string, string?> { ["only"] = "one" },
            new Dictionary<string, double> { ["only"] = -0d },
            new() { ["only"] = [BuildStatus.Pending] });
    }

    private static IEnumerable<List<string>> TagLists()
    {
        yield return [];
        yield return ["release", "x64", string.Empty];
        yield return [.. Samples.Texts];
    }

    [TestCaseSource(nameof(CollectionSamples))]
    public void EverySupportedCollectionIsWrittenAndReadLikeReflection(CollectionValues value) =>
        JsonDifferential.AssertRoundTrip(value);

    [TestCaseSource(nameof(TagLists))]
    public void AListResultIsWrittenAndReadLikeReflection(List<string> value) =>
        JsonDifferential.AssertRoundTripEqual(value);

    [Test]
    public void ArrayAndDictionaryResultsAreWrittenAndReadLikeReflection()
    {
        JsonDifferential.AssertRoundTripEqual<long[]>([]);
        JsonDifferential.AssertRoundTripEqual<long[]>([long.MinValue, -1, 0, 1, long.MaxValue]);
        JsonDifferential.AssertRoundTripEqual<long[]?>(null);
        JsonDifferential.AssertRoundTripEqual(new Dictionary<string, int>());
        JsonDifferential.AssertRoundTripEqual(new Dictionary<string, int> { ["a"] = 1, ["A"] = 2, ["\u0000"] = 3 });
    }

    [Test]
    public void ADictionaryOfRecordsResultIsWrittenAndReadLikeReflection()
    {
        var lookup = new Dictionary<string, TestCase>
        {
            ["slow"] = new("slow", TestOutcome.Passed, TimeSpan.FromSeconds(12.5), null),
            ["broken"] = new("broken", TestOutcome.Failed, TimeSpan.Zero, "expected 1 but was 2"),
        };

        var readBack = JsonDifferential.AssertRoundTrip<IReadOnlyDictionary<string, TestCase>>(lookup);

        Assert.That(readBack, Is.EquivalentTo(lookup));
    }

    [Test]
    public void AListOfStructsResultIsWrittenAndReadLikeReflection()
    {
        List<Coordinates> points = [new(1, 2), default, new(-0.5, double.MaxValue)];

        Assert.That(JsonDifferential.AssertRoundTrip(points), Is.EqualTo(points));
    }

    [Test]
    public void InterfaceTypedCollectionsAreReadBackAsTheirDefaultImplementations()
    {
        var value = JsonDifferential.AssertSameRead<CollectionValues>(
            """{"ReadOnlyNumbers":[1],"Words":["w"],"Sizes":[2],"Ids":[],"Samples":[0.5],"Labels":{"k":null},"Weights":{"w":1}}""");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(value!.ReadOnlyNumbers, Is.TypeOf<List<int>>());
            Assert.That(value.Words, Is.TypeOf<List<string>>());
            Assert.That(value.Sizes, Is.TypeOf<List<long>>());
            Assert.That(value.Samples, Is.TypeOf<List<double>>());
            Assert.That(value.Labels, Is.TypeOf<Dictionary<string, string?>>());
            Assert.That(value.Weights, Is.TypeOf<Dictionary<string, double>>());
        }
    }

    [TestCase("""{"Numbers":{}}""")]
    [TestCase("""{"Counts":[]}""")]
    [TestCase("""{"Counts":{"a":"1"}}""")]
    [TestCase("""{"Matrix":[1]}""")]
    public void MismatchedCollectionJsonIsRejectedLikeReflection(string json) =>
        JsonDifferential.AssertSameReadFailure<CollectionValues>(json);
}
