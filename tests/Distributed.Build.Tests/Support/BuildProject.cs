using System.Reflection;
using ModularPipelines.Distributed.Tests.Shared;

namespace ModularPipelines.Distributed.Build.Tests.Support;

/// <summary>
/// A project written for one test under artifacts/build-tests/{id}/samples/ (ignored by git; inside the repository so
/// that its Directory.Build.props, Directory.Packages.props and .editorconfig apply exactly as they do to the sample),
/// built with the configuration these tests were built in, and deleted afterwards unless the test failed.
/// </summary>
internal sealed class BuildProject : IDisposable
{
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(10);

    private readonly string _root;

    private BuildProject(string root, string directory, string projectFile)
    {
        _root = root;
        Directory = directory;
        ProjectFile = projectFile;
    }

    /// <summary>The project's directory.</summary>
    public string Directory { get; }

    /// <summary>The project file's full path.</summary>
    public string ProjectFile { get; }

    /// <summary>Where <see cref="BuildAsync"/> writes the detailed build log.</summary>
    public string LogFile => Path.Combine(Directory, "build.log");

    /// <summary>The configuration this test assembly was built in (the referenced projects were built in it too).</summary>
    public static string Configuration { get; } =
        typeof(BuildProject).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "Configuration").Value!;

    /// <summary>A new, empty project directory named <paramref name="name"/>.</summary>
    public static BuildProject Create(string name, string projectFileContents)
    {
        var project = Prepare(name);
        File.WriteAllText(project.ProjectFile, projectFileContents);
        return project;
    }

    /// <summary>
    /// A copy of a project of the repository (without bin/ and obj/) whose relative <c>ProjectReference</c> paths are
    /// made absolute, so that it builds from its new place.
    /// </summary>
    public static BuildProject CopyOf(string repositoryRelativeDirectory, string projectFileName)
    {
        var source = RepositoryRoot.Combine(repositoryRelativeDirectory);
        var project = Prepare(Path.GetFileName(source), projectFileName);
        foreach (var file in System.IO.Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            var top = relative.Split(Path.DirectorySeparatorChar)[0];
            if (top is "bin" or "obj")
            {
                continue;
            }

            var target = Path.Combine(project.Directory, relative);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var text = File.ReadAllText(project.ProjectFile);
        text = System.Text.RegularExpressions.Regex.Replace(
            text,
            "Include=\"(?<path>\\.\\.?[/\\\\][^\"]+)\"",
            m => $"Include=\"{Path.GetFullPath(Path.Combine(source, m.Groups["path"].Value.Replace('\\', '/')))}\"");
        File.WriteAllText(project.ProjectFile, text);
        return project;
    }

    /// <summary>
    /// A new directory beside the project (so none of its files are compiled into it), deleted with it: for outputs of
    /// other builds the project uses.
    /// </summary>
    public string CreateScratchDirectory(string name) => System.IO.Directory.CreateDirectory(Path.Combine(_root, name)).FullName;

    /// <summary>Writes a source file into the project.</summary>
    public void Write(string fileName, string contents) => File.WriteAllText(Path.Combine(Directory, fileName), contents);

    /// <summary>
    /// <c>dotnet build</c>, without building the referenced projects again (they are this test assembly's references),
    /// with the compiler's analyzer report in the detailed log <see cref="LogFile"/>.
    /// </summary>
    public Task<ProcessResult> BuildAsync() =>
        DotnetCli.RunAsync(
            Directory,
            [
                "build", ProjectFile, "-c", Configuration, "--nologo", "-nodeReuse:false",
                "-p:BuildProjectReferences=false", "-p:ReportAnalyzer=true", "-p:UseSharedCompilation=false",
                $"-flp:logfile={LogFile};verbosity=detailed",
            ],
            BuildTimeout);

    /// <summary>Deletes the project, unless the current test failed: then its files are kept for a look.</summary>
    public void Dispose()
    {
        var result = TestContext.CurrentContext.Result;
        if (result.Outcome.Status == NUnit.Framework.Interfaces.TestStatus.Failed
            || result.Assertions.Any(a => a.Status != NUnit.Framework.Interfaces.AssertionStatus.Passed))
        {
            TestContext.Out.WriteLine($"kept for inspection: {Directory}");
            return;
        }

        try
        {
            System.IO.Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A build server still holding a file: artifacts/ is ignored and cleaned by `git clean -X`.
        }
    }

    private static BuildProject Prepare(string name, string? projectFileName = null)
    {
        // ".../samples/..." in the path: Directory.Build.props treats the project as a sample (no XML documentation
        // required), as it does the real one.
        var root = RepositoryRoot.Combine("artifacts", "build-tests", Guid.NewGuid().ToString("N")[..12]);
        var directory = Path.Combine(root, "samples", name);
        System.IO.Directory.CreateDirectory(directory);
        return new BuildProject(root, directory, Path.Combine(directory, projectFileName ?? name + ".csproj"));
    }
}
