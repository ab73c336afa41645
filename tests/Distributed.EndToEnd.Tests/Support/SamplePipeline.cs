using System.Reflection;
using ModularPipelines.Distributed.Tests.Shared;

namespace ModularPipelines.Distributed.EndToEnd.Tests.Support;

/// <summary>
/// The sample pipeline as a program: built once per test run in the tests' own configuration (see
/// <see cref="SampleBuildSetUp"/>), then started as <c>dotnet Sample.Pipeline.dll</c> with the given arguments.
/// </summary>
public static class SamplePipeline
{
    private const string TargetFramework = "net10.0";
    private static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(60);

    /// <summary>Debug or Release: whatever these tests were built with, so a Release test run tests a Release sample.</summary>
    public static string Configuration { get; } =
        typeof(SamplePipeline).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    public static string ProjectDirectory { get; } = Path.Combine(RepositoryRoot.Path, "samples", "Sample.Pipeline");

    public static string AssemblyPath { get; } = Path.Combine(ProjectDirectory, "bin", Configuration, TargetFramework, "Sample.Pipeline.dll");

    /// <summary>Where the sample's runs write their files (its <c>SAMPLE_WORK_DIR</c>); removed when the tests end.</summary>
    public static string WorkDirectory { get; } = Path.Combine(Path.GetTempPath(), "mpd-e2e-" + Guid.NewGuid().ToString("N")[..12]);

    public static async Task<SampleRun> RunAsync(params string[] arguments) =>
        await RunAsync(arguments, new Dictionary<string, string?>());

    public static async Task<SampleRun> RunAsync(IEnumerable<string> arguments, IReadOnlyDictionary<string, string?> environment)
    {
        var merged = HermeticEnvironment();
        foreach (var (name, value) in environment)
        {
            merged[name] = value;
        }

        var result = await ProcessRunner.RunAsync(DotnetCli.HostPath, [AssemblyPath, .. arguments], RepositoryRoot.Path, merged, RunTimeout);
        Assert.That(result.TimedOut, Is.False, () => $"the sample did not finish within {RunTimeout}:\n{result.Transcript}");
        return new SampleRun(result);
    }

    /// <summary>The machine's own pipeline settings (a CI runner may set some) must not leak into the runs under test.</summary>
    private static Dictionary<string, string?> HermeticEnvironment()
    {
        var environment = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["SAMPLE_WORK_DIR"] = WorkDirectory,
            ["SAMPLE_FAIL_TESTS"] = null,
            ["REDIS_URL"] = null,

            // CI systems' run ids would otherwise become the run id (see --help).
            ["GITHUB_RUN_ID"] = null,
            ["GITHUB_RUN_ATTEMPT"] = null,
            ["CI_PIPELINE_ID"] = null,
            ["BUILD_BUILDID"] = null,
            ["BUILDKITE_BUILD_ID"] = null,
        };
        foreach (var name in Environment.GetEnvironmentVariables().Keys.Cast<string>())
        {
            if (name.StartsWith("MODULAR_PIPELINES_", StringComparison.Ordinal))
            {
                environment[name] = null;
            }
        }

        return environment;
    }
}
