using System.Text.RegularExpressions;
using ModularPipelines.Distributed.Tests.Shared;

namespace ModularPipelines.Distributed.Aot.Tests;

/// <summary>
/// Publishes samples/Sample.Pipeline once, before any test of this assembly, with <c>dotnet publish -c Release</c>:
/// Native AOT comes from the sample's project file (PublishAot), never from the command line. Everything is built
/// under a fresh --artifacts-path, so the native compiler always runs (its warnings are seen) and no other build on
/// the machine shares an output folder with it.
/// </summary>
[SetUpFixture]
public sealed partial class NativeSamplePublish
{
    public const string SampleName = "Sample.Pipeline";

    private static readonly TimeSpan PublishTimeout = TimeSpan.FromMinutes(20);
    private static string? _root;
    private static ProcessResult? _publish;

    /// <summary>What <c>dotnet publish</c> printed and how it ended.</summary>
    public static ProcessResult Publish => _publish ?? throw new InvalidOperationException("The sample has not been published.");

    public static string PublishDirectory => Path.Combine(Root, "publish");

    /// <summary>The native executable, on Linux and macOS without an extension.</summary>
    public static string BinaryPath => Path.Combine(PublishDirectory, OperatingSystem.IsWindows() ? SampleName + ".exe" : SampleName);

    /// <summary>Lines of the publish output that are trim (IL2xxx) or AOT (IL3xxx) warnings.</summary>
    public static IReadOnlyList<string> TrimAndAotWarnings => Publish.Lines.Where(l => TrimOrAotWarning().IsMatch(l)).ToList();

    private static string Root => _root ?? throw new InvalidOperationException("The sample has not been published.");

    /// <summary>
    /// Fails the calling test unless the publish succeeded and produced a native binary: a framework-dependent publish
    /// (no PublishAot in the project file) leaves the sample's IL assembly next to an app host instead.
    /// </summary>
    public static void RequireNativeBinary()
    {
        Assert.That(Publish.ExitCode, Is.Zero, () => $"dotnet publish of the sample failed:\n{Publish.Transcript}");
        Assert.That(File.Exists(BinaryPath), Is.True, () => $"no {BinaryPath} was published:\n{Publish.Transcript}");
        Assert.That(
            File.Exists(Path.Combine(PublishDirectory, SampleName + ".dll")),
            Is.False,
            $"{SampleName}.dll was published next to the executable: the publish was not Native AOT. samples/{SampleName}/{SampleName}.csproj must set <PublishAot>true</PublishAot>.");
    }

    [OneTimeSetUp]
    public async Task PublishTheSample()
    {
        _root = Path.Combine(Path.GetTempPath(), $"mpd-aot-tests-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_root);

        string[] arguments =
        [
            "publish", RepositoryRoot.Combine("samples", SampleName, SampleName + ".csproj"),
            "-c", "Release",
            "-o", PublishDirectory,
            "--artifacts-path", Path.Combine(_root, "artifacts"),
            "--nologo", "-nodeReuse:false",
        ];
        _publish = await DotnetCli.RunAsync(RepositoryRoot.Path, arguments, PublishTimeout);
    }

    [OneTimeTearDown]
    public void RemoveTheRunsFiles()
    {
        if (_root is not null && Directory.Exists(_root) && Environment.GetEnvironmentVariable("MPD_KEEP_TEST_FILES") != "1")
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [GeneratedRegex(@"warning IL[23]\d\d\d")]
    private static partial Regex TrimOrAotWarning();
}
