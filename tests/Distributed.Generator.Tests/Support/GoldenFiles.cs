using System.Runtime.CompilerServices;

namespace ModularPipelines.Distributed.Generator.Tests.Support;

/// <summary>
/// The golden files in the source tree (<c>Golden/&lt;Case&gt;/&lt;HintName&gt;</c>, next to this project, never bin/):
/// a run is compared with them, or rewrites them when <c>MPD_UPDATE_GOLDEN=1</c>.
/// </summary>
internal static class GoldenFiles
{
    private const string ProjectFolder = "Distributed.Generator.Tests";

    /// <summary>The Golden/ directory of the project's source tree.</summary>
    public static string Root { get; } = LocateRoot();

    public static bool UpdateRequested =>
        Environment.GetEnvironmentVariable(GoldenComparison.UpdateVariable) is "1" or "true" or "TRUE" or "True";

    public static string DirectoryOf(string caseName) => Path.Combine(Root, caseName);

    /// <summary>Every source the run generated must equal its golden file, and no golden file may be left over.</summary>
    public static void Verify(string caseName, GeneratorRun run)
    {
        Assert.That(GoldenCases.All, Does.Contain(caseName), $"Add '{caseName}' to {nameof(GoldenCases)}.{nameof(GoldenCases.All)}.");
        var actual = GoldenVersion.Normalise(run.Sources);
        Assert.That(actual, Is.Not.Empty, "The generator emitted nothing to compare.");
        var directory = DirectoryOf(caseName);
        if (UpdateRequested)
        {
            foreach (var change in GoldenComparison.Update(directory, actual))
            {
                TestContext.Progress.WriteLine($"{GoldenComparison.UpdateVariable}: {change}");
            }

            return;
        }

        var problems = GoldenComparison.Compare(directory, actual);
        if (problems.Count > 0)
        {
            Assert.Fail(string.Join("\n\n", problems));
        }
    }

    /// <summary>
    /// The directory of this source file's project, from the compiler-recorded path; a build that maps source paths
    /// (deterministic CI builds) falls back to searching upwards from the test binaries.
    /// </summary>
    private static string LocateRoot([CallerFilePath] string thisFile = "")
    {
        var fromSource = Path.GetDirectoryName(Path.GetDirectoryName(thisFile));
        if (fromSource is not null && Directory.Exists(fromSource) && File.Exists(Path.Combine(fromSource, ProjectFolder + ".csproj")))
        {
            return Path.Combine(fromSource, "Golden");
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", ProjectFolder);
            if (File.Exists(Path.Combine(candidate, ProjectFolder + ".csproj")))
            {
                return Path.Combine(candidate, "Golden");
            }
        }

        throw new InvalidOperationException($"Cannot find the {ProjectFolder} source directory from '{thisFile}' or '{AppContext.BaseDirectory}'.");
    }
}
