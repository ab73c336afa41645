namespace ModularPipelines.Distributed.Redis.Tests.Support;

/// <summary>
/// The "payload" scenario: Source runs on the master (pinned) and Consumer on the only worker, which waits for
/// release.consumer before reading Source. The test replaces Source's stored result in between, so the worker reads
/// the tampered payload from Redis (it never saw Source's real result).
/// </summary>
public static class TamperedDependencyRun
{
    public static async Task<(int MasterExit, int WorkerExit, RunResults Results)> RunAsync(
        DistributedRun run, string storedSourceResult, TimeSpan stepTimeout, TimeSpan runTimeout)
    {
        var master = run.StartMaster(total: 2);
        var worker = run.StartWorker(1, 2);
        await run.WaitForMarkerAsync("started", "Consumer", 1, stepTimeout);

        // Consumer starts only once Source's result was accepted, so it is in the results hash by now.
        var source = TestPipelineApp.ModuleId("Source");
        Assert.That(await run.Database.HashExistsAsync(run.Keys.Results, source), Is.True, () => $"no stored result for {source}\n{run.Transcripts}");
        await run.Database.HashSetAsync(run.Keys.Results, source, storedSourceResult);
        run.Release("consumer");

        var masterExit = await master.WaitForExitAsync(runTimeout);
        var workerExit = await worker.WaitForExitAsync(runTimeout);
        return (masterExit, workerExit, run.ReadResults());
    }
}
