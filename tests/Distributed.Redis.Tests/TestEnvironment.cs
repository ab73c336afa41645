using ModularPipelines.Distributed.Redis.Tests.Support;
using ModularPipelines.Distributed.Tests.Shared;

namespace ModularPipelines.Distributed.Redis.Tests;

/// <summary>
/// Before any test: builds the test pipeline and the artifact pipeline (same SDK and configuration as these tests) and starts the shared
/// redis-server. After all: stops it and kills any process a test left behind.
/// </summary>
[SetUpFixture]
public sealed class TestEnvironment
{
    // Generous for a loaded machine, still shorter than scripts/test.sh's hang limit.
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(6);
    private static RedisServer? _redis;

    /// <summary>The redis-server most tests share; each run has its own key prefix.</summary>
    public static RedisServer Redis => _redis ?? throw new InvalidOperationException("the redis-server was not started");

    [OneTimeSetUp]
    public async Task BuildThePipelineAndStartRedis()
    {
        var redis = RedisServer.StartAsync();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        foreach (var (project, assembly) in new[] { (TestPipelineApp.ProjectPath, TestPipelineApp.AssemblyPath), (ArtifactPipelineApp.ProjectPath, ArtifactPipelineApp.AssemblyPath) })
        {
            var build = await DotnetCli.RunAsync(
                RepositoryRoot.Path,
                ["build", project, "-c", TestPipelineApp.Configuration, "--nologo", "-v:minimal", "-nodeReuse:false", "-p:UseSharedCompilation=false"],
                BuildTimeout);
            await TestContext.Progress.WriteLineAsync($"built {Path.GetFileName(project)} in {clock.Elapsed.TotalSeconds:0.0}s (exit code {build.ExitCode})");
            Assert.That(build.ExitCode, Is.Zero, () => $"dotnet build of {project} failed:\n{build.Transcript}");
            Assert.That(File.Exists(assembly), Is.True, () => $"the build did not produce {assembly}");
        }

        _redis = await redis;
    }

    [OneTimeTearDown]
    public async Task StopRedisAndLeftovers()
    {
        await S3Server.StopSharedAsync();
        ProcessRegistry.KillAll();
        if (_redis is not null)
        {
            await _redis.DisposeAsync();
            _redis = null;
        }
    }
}
