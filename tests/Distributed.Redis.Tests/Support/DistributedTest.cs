namespace ModularPipelines.Distributed.Redis.Tests.Support;

/// <summary>
/// Base of the test classes: runs made with <see cref="NewRun"/> are disposed in TearDown (every process killed,
/// resumed first if stopped), and their output is printed when the test failed.
/// </summary>
public abstract class DistributedTest
{
    /// <summary>Bound on waiting for a whole run; runs take seconds, the margin is for a loaded machine.</summary>
    protected static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(60);

    /// <summary>Bound on waiting for a module to reach a point (a marker file, a log line).</summary>
    protected static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(30);

    private readonly List<DistributedRun> _runs = [];

    protected DistributedRun NewRun(
        string scenario, IReadOnlyDictionary<string, string?>? environment = null, RedisServer? redis = null, string? assemblyPath = null, string? redisConfiguration = null)
    {
        var run = new DistributedRun(redis ?? TestEnvironment.Redis, scenario, environment, assemblyPath, redisConfiguration);
        _runs.Add(run);
        return run;
    }

    [TearDown]
    public async Task DisposeRunsAsync()
    {
        var failed = TestContext.CurrentContext.Result.Outcome.Status == NUnit.Framework.Interfaces.TestStatus.Failed;
        foreach (var run in _runs)
        {
            if (failed)
            {
                await TestContext.Out.WriteLineAsync($"run {run.RunId}:\n{run.Transcripts}");
            }

            await run.DisposeAsync();
        }

        _runs.Clear();
    }
}
