using ModularPipelines.Distributed.EndToEnd.Tests.Support;
using ModularPipelines.Distributed.Tests.Shared;

namespace ModularPipelines.Distributed.EndToEnd.Tests;

/// <summary>Builds the sample once, before any test of this assembly, with the same SDK and configuration as the tests.</summary>
[SetUpFixture]
public sealed class SampleBuildSetUp
{
    // Generous for a loaded CI machine, and still shorter than scripts/test.sh's hang limit (15 minutes), so a stuck
    // build fails these tests with its output instead of aborting the whole test run.
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(10);

    [OneTimeSetUp]
    public async Task BuildTheSample()
    {
        // No build servers or reused nodes: they would outlive the build, hold its output pipes open, and leak processes.
        string[] arguments =
        [
            "build", Path.Combine(SamplePipeline.ProjectDirectory, "Sample.Pipeline.csproj"),
            "-c", SamplePipeline.Configuration,
            "--nologo", "-v:minimal", "-nodeReuse:false", "-p:UseSharedCompilation=false",
        ];
        var environment = new Dictionary<string, string?>
        {
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
            ["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0",
            ["MSBUILDDISABLENODEREUSE"] = "1",
        };

        var clock = System.Diagnostics.Stopwatch.StartNew();
        await TestContext.Progress.WriteLineAsync($"building the sample: {DotnetCli.HostPath} {string.Join(' ', arguments)}");
        var build = await ProcessRunner.RunAsync(DotnetCli.HostPath, arguments, RepositoryRoot.Path, environment, BuildTimeout);
        await TestContext.Progress.WriteLineAsync($"built the sample in {clock.Elapsed.TotalSeconds:0.0}s (exit code {build.ExitCode})");

        Assert.That(build.ExitCode, Is.Zero, () => $"dotnet build of the sample failed:\n{build.Transcript}");
        Assert.That(File.Exists(SamplePipeline.AssemblyPath), Is.True, () => $"the build did not produce {SamplePipeline.AssemblyPath}");
        Directory.CreateDirectory(SamplePipeline.WorkDirectory);
    }

    [OneTimeTearDown]
    public void RemoveTheRunsFiles()
    {
        if (Directory.Exists(SamplePipeline.WorkDirectory))
        {
            Directory.Delete(SamplePipeline.WorkDirectory, recursive: true);
        }
    }
}
