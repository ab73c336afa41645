using ModularPipelines.Distributed.Tests.Shared;

namespace ModularPipelines.Distributed.Aot.Tests;

/// <summary>
/// The published native binary in distributed mode: a master and three workers (one standing in for Windows, one for
/// macOS with docker, one with nothing extra) coordinated by a real redis-server, as samples/run-distributed.sh runs it.
/// </summary>
public sealed class NativeDistributedRunTests
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(2);

    [Test]
    public async Task The_native_binary_runs_the_pipeline_as_a_master_and_three_workers_against_redis()
    {
        NativeSamplePublish.RequireNativeBinary();
        using var redis = await LocalRedisServer.StartAsync();
        var runId = "aot-" + Guid.NewGuid().ToString("N")[..8];
        string[] common = ["--total", "4", "--redis", redis.Configuration, "--run-id", runId];

        var master = RunAsync(["--instance", "0", .. common]);
        var workers = new[]
        {
            RunAsync(["--instance", "1", .. common, "--capability", "windows"]),
            RunAsync(["--instance", "2", .. common, "--capability", "macos", "--capability", "docker"]),
            RunAsync(["--instance", "3", .. common]),
        };
        var masterRun = await master;
        var workerRuns = await Task.WhenAll(workers);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(masterRun.ExitCode, Is.Zero, () => masterRun.Transcript);
            Assert.That(masterRun.Output, Does.Contain("Pipeline succeeded: 8 modules (8 succeeded)"), () => masterRun.Transcript);
            foreach (var worker in workerRuns)
            {
                Assert.That(worker.ExitCode, Is.Zero, () => worker.Transcript);
                Assert.That(worker.Output, Does.Contain("The run completed"), () => worker.Transcript);
            }

            // Every worker's capability was needed: each ran at least one module the master could not.
            foreach (var instance in new[] { 1, 2 })
            {
                Assert.That(masterRun.Output, Does.Contain($"on instance {instance} ["), () => masterRun.Transcript);
            }
        }
    }

    private static Task<ProcessResult> RunAsync(IReadOnlyList<string> arguments) =>
        ProcessRunner.RunAsync(NativeSamplePublish.BinaryPath, arguments, NativeSamplePublish.PublishDirectory, new Dictionary<string, string?>(), RunTimeout);
}
