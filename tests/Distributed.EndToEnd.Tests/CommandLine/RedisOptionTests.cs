using ModularPipelines.Distributed.EndToEnd.Tests.Support;

namespace ModularPipelines.Distributed.EndToEnd.Tests.CommandLine;

/// <summary>Distributed mode that cannot start is refused before any module runs, with one clear line.</summary>
public sealed class RedisOptionTests
{
    [Test]
    public async Task RedisWithoutARunIdExitsWithTwoAndOneErrorLineNamingTheRunId()
    {
        var run = await SamplePipeline.RunAsync("--redis", "localhost:1");

        AssertRefused(run, "run id");
    }

    [Test]
    public async Task UnreachableRedisExitsWithTwoAndOneErrorLineNamingRedis()
    {
        var run = await SamplePipeline.RunAsync("--redis", "127.0.0.1:1", "--run-id", "e2e-unreachable");

        AssertRefused(run, "Redis");
    }

    private static void AssertRefused(SampleRun run, string mentioned)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(2), () => run.Process.Transcript);
            Assert.That(run.Process.ErrorLines, Has.Count.EqualTo(1), () => run.Process.Transcript);
            Assert.That(run.Process.ErrorLines, Has.All.StartsWith("error: "), () => run.Process.Transcript);
            Assert.That(run.Process.StandardError, Does.Contain(mentioned), () => run.Process.Transcript);
            Assert.That(run.HasProgressLine("start", SampleModules.Build), Is.False, () => run.Process.Transcript);
        }
    }
}
