using ModularPipelines.Distributed.Tests.Shared;

namespace ModularPipelines.Distributed.EndToEnd.Tests.Support;

/// <summary>
/// One of the samples as a program: built once per test run in the tests' own configuration (see
/// <see cref="SampleBuildSetUp"/>), then started as <c>dotnet &lt;Sample&gt;.dll</c> with the given arguments, in an
/// environment free of the machine's own pipeline and CI settings.
/// </summary>
/// <param name="name">The sample's folder and project name under <c>samples/</c>.</param>
/// <param name="runTimeout">How long one run may take before the test fails with its output.</param>
public sealed class SampleProgram(string name, TimeSpan runTimeout)
{
    private const string TargetFramework = "net10.0";

    public string Name { get; } = name;

    public string ProjectPath { get; } = Path.Combine(RepositoryRoot.Path, "samples", name, name + ".csproj");

    public string AssemblyPath { get; } = Path.Combine(RepositoryRoot.Path, "samples", name, "bin", SamplePipeline.Configuration, TargetFramework, name + ".dll");

    public async Task<SampleRun> RunAsync(IEnumerable<string> arguments, IReadOnlyDictionary<string, string?> environment)
    {
        var merged = HermeticEnvironment();
        foreach (var (variable, value) in environment)
        {
            merged[variable] = value;
        }

        var result = await ProcessRunner.RunAsync(DotnetCli.HostPath, [AssemblyPath, .. arguments], RepositoryRoot.Path, merged, runTimeout);
        Assert.That(result.TimedOut, Is.False, () => $"{Name} did not finish within {runTimeout}:\n{result.Transcript}");
        return new SampleRun(result);
    }

    /// <summary>The machine's own pipeline and CI settings (a CI runner sets some) must not leak into the runs under test.</summary>
    private static Dictionary<string, string?> HermeticEnvironment()
    {
        var environment = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["SAMPLE_WORK_DIR"] = SamplePipeline.WorkDirectory,
            ["SAMPLE_FAIL_TESTS"] = null,
            ["REDIS_URL"] = null,
            ["NUGET_API_KEY"] = null,

            // CI systems' run ids would otherwise become the run id (see --help), and their branch and pull-request
            // facts decide the samples' skip conditions.
            ["GITHUB_RUN_ID"] = null,
            ["GITHUB_RUN_ATTEMPT"] = null,
            ["CI_PIPELINE_ID"] = null,
            ["BUILD_BUILDID"] = null,
            ["BUILDKITE_BUILD_ID"] = null,
            ["CI"] = null,
            ["GITHUB_ACTIONS"] = null,
            ["TF_BUILD"] = null,
            ["GITLAB_CI"] = null,
        };
        foreach (var variable in Environment.GetEnvironmentVariables().Keys.Cast<string>())
        {
            if (variable.StartsWith("MODULAR_PIPELINES_", StringComparison.Ordinal))
            {
                environment[variable] = null;
            }
        }

        return environment;
    }
}
