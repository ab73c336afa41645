using System.Text;
using ModularPipelines.Distributed.Generator.Tests.Support;

namespace ModularPipelines.Distributed.Generator.Tests.Golden;

/// <summary>The comparison behind every golden test fails loudly and helpfully, on a scratch directory.</summary>
public sealed class GoldenComparisonTests
{
    private const string Hint = "Graph.g.cs";
    private string _directory = null!;

    [SetUp]
    public void CreateDirectory()
    {
        _directory = Path.Combine(Path.GetTempPath(), "mpd-golden-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
    }

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    [Test]
    public void MatchingFilesProduceNoProblems()
    {
        Write(Hint, "line 1\nline 2\n");

        Assert.That(GoldenComparison.Compare(_directory, Actual("line 1\nline 2\n")), Is.Empty);
    }

    [Test]
    public void MissingGoldenFileFailsWithHowToCreateIt()
    {
        var problems = GoldenComparison.Compare(_directory, Actual("text\n"));

        Assert.That(problems, Has.Count.EqualTo(1));
        Assert.That(problems[0], Does.StartWith("Golden file missing: " + Path.Combine(_directory, Hint)));
        Assert.That(problems[0], Does.Contain("MPD_UPDATE_GOLDEN=1"));
    }

    [Test]
    public void StaleGoldenFileFailsWithADiffOfTheFirstDifference()
    {
        Write(Hint, "a\nb\nc\nd\ne\n");

        var problems = GoldenComparison.Compare(_directory, Actual("a\nb\nC\nd\ne\n"));

        Assert.That(problems, Has.Count.EqualTo(1));
        Assert.That(problems[0], Does.StartWith("Golden file stale: "));
        Assert.That(problems[0], Does.Contain("@@ first difference at line 3 @@"));
        Assert.That(problems[0], Does.Contain("\n- c\n+ C\n"));
        Assert.That(problems[0], Does.Contain("MPD_UPDATE_GOLDEN=1"));
    }

    [Test]
    public void LineEndingDifferenceIsStaleAndVisible()
    {
        Write(Hint, "a\r\nb\r\n");

        var problems = GoldenComparison.Compare(_directory, Actual("a\nb\n"));

        Assert.That(problems, Has.Count.EqualTo(1));
        Assert.That(problems[0], Does.Contain("- a\\r"));
    }

    [Test]
    public void ByteOrderMarkIsStaleAndNamed()
    {
        File.WriteAllText(Path.Combine(_directory, Hint), "a\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var problems = GoldenComparison.Compare(_directory, Actual("a\n"));

        Assert.That(problems, Has.Count.EqualTo(1));
        Assert.That(problems[0], Does.Contain("byte-order mark"));
    }

    [Test]
    public void GoldenFileTheGeneratorNoLongerEmitsIsAnOrphan()
    {
        Write(Hint, "text\n");
        Write("Removed.g.cs", "old\n");

        var problems = GoldenComparison.Compare(_directory, Actual("text\n"));

        Assert.That(problems, Has.Count.EqualTo(1));
        Assert.That(problems[0], Does.StartWith("Orphan golden file: " + Path.Combine(_directory, "Removed.g.cs")));
    }

    [Test]
    public void UpdateWritesActualSourcesAndDeletesOrphans()
    {
        Write(Hint, "stale\n");
        Write("Removed.g.cs", "old\n");

        GoldenComparison.Update(_directory, Actual("fresh\n"));

        Assert.That(Directory.EnumerateFiles(_directory).Select(Path.GetFileName), Is.EquivalentTo(new[] { Hint }));
        Assert.That(File.ReadAllBytes(Path.Combine(_directory, Hint)), Is.EqualTo(Encoding.UTF8.GetBytes("fresh\n")));
        Assert.That(GoldenComparison.Compare(_directory, Actual("fresh\n")), Is.Empty);
    }

    private static Dictionary<string, string> Actual(string text) => new(StringComparer.Ordinal) { [Hint] = text };

    private void Write(string name, string text) => File.WriteAllBytes(Path.Combine(_directory, name), Encoding.UTF8.GetBytes(text));
}
