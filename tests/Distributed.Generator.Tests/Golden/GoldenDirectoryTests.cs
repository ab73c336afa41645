using ModularPipelines.Distributed.Generator.Tests.Support;

namespace ModularPipelines.Distributed.Generator.Tests.Golden;

public sealed class GoldenDirectoryTests
{
    [Test]
    public void EveryGoldenDirectoryBelongsToAGoldenCase()
    {
        var orphans = Directory.EnumerateDirectories(GoldenFiles.Root)
            .Select(Path.GetFileName)
            .Where(name => !GoldenCases.All.Contains(name, StringComparer.Ordinal))
            .ToList();

        Assert.That(orphans, Is.Empty, () =>
            $"Golden directories no test uses: [{string.Join(", ", orphans)}] in {GoldenFiles.Root}. Delete them, or add the case to {nameof(GoldenCases)}.");
    }

    [Test]
    public void EveryGoldenCaseHasADirectory()
    {
        if (GoldenFiles.UpdateRequested)
        {
            Assert.Ignore("The golden cases are being rewritten; their directories may not exist yet.");
        }

        var missing = GoldenCases.All.Where(name => !Directory.Exists(GoldenFiles.DirectoryOf(name))).ToList();

        Assert.That(missing, Is.Empty, () =>
            $"Golden cases without a directory: [{string.Join(", ", missing)}]. Create them by running the tests with {GoldenComparison.UpdateVariable}=1.");
    }

    [Test]
    public void GoldenRootIsInTheSourceTreeNotTheBuildOutput()
    {
        Assert.That(GoldenFiles.Root, Does.Not.StartWith(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)));
        Assert.That(File.Exists(Path.Combine(GoldenFiles.Root, "..", "Distributed.Generator.Tests.csproj")), Is.True);
    }
}
