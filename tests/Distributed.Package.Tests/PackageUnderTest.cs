using ModularPipelines.Distributed.Tests.Shared;

namespace ModularPipelines.Distributed.Package.Tests;

/// <summary>
/// Packs nuget/ModularPipelines.Distributed.Generators.csproj once, before any test of this assembly, into a fresh
/// folder that the consumer projects use as their package feed, with a fresh global packages folder so that no
/// cached copy of the same version can stand in for the one just packed.
/// </summary>
[SetUpFixture]
public sealed class PackageUnderTest
{
    public const string PackageId = "ModularPipelines.Distributed.Generators";

    private static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(10);
    private static string? _root;
    private static string? _packagePath;

    /// <summary>The folder everything of this test run is written to, outside the repository.</summary>
    public static string Root => _root ?? throw new InvalidOperationException("The package has not been packed.");

    /// <summary>The folder holding the .nupkg and .snupkg: the consumers' package source.</summary>
    public static string Feed => Path.Combine(Root, "feed");

    /// <summary>The consumers' global packages folder (NUGET_PACKAGES), empty at the start of the run.</summary>
    public static string GlobalPackagesFolder => Path.Combine(Root, "packages");

    public static string PackagePath => _packagePath ?? throw new InvalidOperationException("The package has not been packed.");

    public static string SymbolsPackagePath => Path.ChangeExtension(PackagePath, ".snupkg");

    /// <summary>The version just packed, read from the file name.</summary>
    public static string Version => Path.GetFileNameWithoutExtension(PackagePath)[(PackageId.Length + 1)..];

    [OneTimeSetUp]
    public async Task PackThePackage()
    {
        _root = Path.Combine(Path.GetTempPath(), $"mpd-package-tests-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Feed);
        Directory.CreateDirectory(GlobalPackagesFolder);

        string[] arguments =
        [
            "pack", RepositoryRoot.Combine("nuget", $"{PackageId}.csproj"),
            "-c", "Release", "-o", Feed, "--nologo", "-nodeReuse:false",
        ];
        var pack = await DotnetCli.RunAsync(RepositoryRoot.Path, arguments, PackTimeout);

        Assert.That(pack.ExitCode, Is.Zero, () => $"dotnet pack failed:\n{pack.Transcript}");
        var packages = Directory.GetFiles(Feed, $"{PackageId}.*.nupkg");
        Assert.That(packages, Has.Length.EqualTo(1), () => $"expected one .nupkg in {Feed}:\n{pack.Transcript}");
        _packagePath = packages[0];
    }

    [OneTimeTearDown]
    public void RemoveTheRunsFiles()
    {
        if (_root is not null && Directory.Exists(_root) && Environment.GetEnvironmentVariable("MPD_KEEP_TEST_FILES") != "1")
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
