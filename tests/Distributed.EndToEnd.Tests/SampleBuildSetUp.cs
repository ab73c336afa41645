using ModularPipelines.Distributed.EndToEnd.Tests.Support;
using ModularPipelines.Distributed.Tests.Shared;

namespace ModularPipelines.Distributed.EndToEnd.Tests;

/// <summary>Builds the samples once, before any test of this assembly, with the same SDK and configuration as the tests.</summary>
[SetUpFixture]
public sealed class SampleBuildSetUp
{
    // Generous for a loaded CI machine, and still shorter than scripts/test.sh's hang limit (15 minutes), so a stuck
    // build fails these tests with its output instead of aborting the whole test run.
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(10);

    [OneTimeSetUp]
    public async Task BuildTheSamples()
    {
        foreach (var sample in new[] { SamplePipeline.Default, SamplePipeline.Real })
        {
            await BuildAsync(sample);
        }

        Directory.CreateDirectory(SamplePipeline.WorkDirectory);
    }

    private static async Task BuildAsync(SampleProgram sample)
    {
        // No build servers or reused nodes: they would outlive the build, hold its output pipes open, and leak processes.
        string[] arguments =
        [
            "build", sample.ProjectPath,
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
        await TestContext.Progress.WriteLineAsync($"building {sample.Name}: {DotnetCli.HostPath} {string.Join(' ', arguments)}");
        var build = await ProcessRunner.RunAsync(DotnetCli.HostPath, arguments, RepositoryRoot.Path, environment, BuildTimeout);
        await TestContext.Progress.WriteLineAsync($"built {sample.Name} in {clock.Elapsed.TotalSeconds:0.0}s (exit code {build.ExitCode})");

        Assert.That(build.ExitCode, Is.Zero, () => $"dotnet build of {sample.Name} failed:\n{build.Transcript}");
        Assert.That(File.Exists(sample.AssemblyPath), Is.True, () => $"the build did not produce {sample.AssemblyPath}");
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
