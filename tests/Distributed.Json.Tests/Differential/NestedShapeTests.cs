using ModularPipelines.Distributed.Json.Tests.Shapes;
using ModularPipelines.Distributed.Json.Tests.Support;

namespace ModularPipelines.Distributed.Json.Tests.Differential;

public sealed class NestedShapeTests
{
    private static readonly TestCase s_passed = new("Adds", TestOutcome.Passed, TimeSpan.FromMilliseconds(3), null);
    private static readonly TestCase s_failed = new("Divides \"by zero\"", TestOutcome.Failed, TimeSpan.FromSeconds(1), "DivideByZeroException\n   at Calc");

    private static IEnumerable<TestReport> Reports()
    {
        yield return new TestReport(string.Empty, [], [], new TestSummary(0, 0), null);
        yield return new TestReport(
            "Calculator",
            [s_passed, s_failed, new("Skips", TestOutcome.Skipped, TimeSpan.Zero, string.Empty)],
            new() { [s_passed.Name] = s_passed, [s_failed.Name] = s_failed },
            new TestSummary(1, 1),
            new TestSummary(int.MaxValue, int.MinValue + 1));
        yield return new TestReport("nulls inside", [null!], new() { ["missing"] = null! }, null!, null);
    }

    private static IEnumerable<BuildOutput> BuildOutputs()
    {
        yield return new BuildOutput("Release", []);
        yield return new BuildOutput("Debug", ["App.dll", "App.Core.dll", "ünï.dll"]);
        yield return new BuildOutput(null!, null!);
    }

    [TestCaseSource(nameof(Reports))]
    public void ObjectsNestedInArraysDictionariesAndObjectsAreWrittenAndReadLikeReflection(TestReport value) =>
        JsonDifferential.AssertRoundTrip(value);

    [TestCaseSource(nameof(BuildOutputs))]
    public void TheDesignExampleResultIsWrittenAndReadLikeReflection(BuildOutput value) =>
        JsonDifferential.AssertRoundTrip(value);

    [Test]
    public void ADeepRecursiveTreeIsWrittenAndReadLikeReflection()
    {
        var root = new TreeNode { Name = "root" };
        var current = root;
        // FirstChild writes each subtree twice more, so the JSON doubles per level: 12 levels keep it small.
        for (var depth = 0; depth < 12; depth++)
        {
            var child = new TreeNode { Name = "level " + depth };
            current.Children.Add(child);
            current.Children.Add(new TreeNode { Name = "leaf " + depth });
            current = child;
        }

        JsonDifferential.AssertRoundTrip(root);
        JsonDifferential.AssertRoundTrip(new TreeNode());
    }

    [Test]
    public void ARecursiveRecordChainIsWrittenAndReadLikeReflection()
    {
        var chain = new StepChain("restore", new StepChain("build", new StepChain("test", null)));

        JsonDifferential.AssertRoundTripEqual(chain);
        JsonDifferential.AssertRoundTripEqual(new StepChain(string.Empty, null));
    }

    [Test]
    public void ClosedGenericRecordsAreWrittenAndReadLikeReflection()
    {
        JsonDifferential.AssertRoundTrip(new Page<TestCase>([s_passed, s_failed], 2));
        JsonDifferential.AssertRoundTrip(new Page<TestCase>([], 0));
        JsonDifferential.AssertRoundTrip(new Page<int>([1, 2, 3], 30));
    }

    [Test]
    public void TooDeeplyNestedJsonIsRejectedLikeReflection()
    {
        var json = string.Concat(Enumerable.Repeat("""{"Name":"n","Next":""", 80)) + "null" + new string('}', 80);

        JsonDifferential.AssertSameReadFailure<StepChain>(json);
    }
}
