using ModularPipelines.Distributed.Redis.Tests.Support;

namespace ModularPipelines.Distributed.Redis.Tests.Placement;

/// <summary>
/// The whole test graph as 1 master + 3 workers, each worker advertising one more capability (docker, windows,
/// macos), next to the same graph in one process with every capability: both runs happen once, and each test reads
/// one property of them.
/// </summary>
public sealed class OneMasterAndThreeWorkersTests
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(60);
    private DistributedRun _distributed = null!;
    private DistributedRun _local = null!;
    private int _masterPid;
    private int[] _workerPids = null!;
    private string[] _workerOutputs = null!;
    private string _masterOutput = null!;
    private IReadOnlyList<int> _exitCodes = null!;
    private int _localExitCode;
    private RunResults _results = null!;
    private RunResults _localResults = null!;

    [OneTimeSetUp]
    public async Task RunTheGraphBothWays()
    {
        _distributed = new DistributedRun(TestEnvironment.Redis, "graph");
        _local = new DistributedRun(TestEnvironment.Redis, "graph");

        var inProcess = _local.StartInProcess([DistributedRun.WorkerCapability, .. DistributedRun.DefaultMasterCapabilities]);
        var master = _distributed.StartMaster(total: 4, capabilities: ["gpu"]);
        PipelineProcess[] workers =
        [
            _distributed.StartWorker(1, 4, [DistributedRun.WorkerCapability, "docker"]),
            _distributed.StartWorker(2, 4, [DistributedRun.WorkerCapability, "windows"]),
            _distributed.StartWorker(3, 4, [DistributedRun.WorkerCapability, "macos"]),
        ];

        _masterPid = master.Pid;
        _workerPids = [.. workers.Select(w => w.Pid)];
        _exitCodes = await _distributed.WaitForAllAsync(RunTimeout);
        _workerOutputs = [.. workers.Select(w => w.StandardOutput)];
        _masterOutput = master.StandardOutput;
        _localExitCode = await inProcess.WaitForExitAsync(RunTimeout);
        _results = _distributed.ReadResults();
        _localResults = _local.ReadResults();
    }

    [OneTimeTearDown]
    public async Task DisposeRuns()
    {
        if (TestContext.CurrentContext.Result.Outcome.Status == NUnit.Framework.Interfaces.TestStatus.Failed)
        {
            await TestContext.Out.WriteLineAsync(_distributed.Transcripts);
        }

        await _distributed.DisposeAsync();
        await _local.DisposeAsync();
    }

    [Test]
    public void EveryInstanceExitsWithSuccess()
    {
        Assert.That(_exitCodes, Is.All.Zero, () => _distributed.Transcripts);
        Assert.That(_localExitCode, Is.Zero);
        Assert.That(_workerOutputs, Has.All.Contains("The run completed"), () => _distributed.Transcripts);
    }

    [Test]
    public void NoInstanceReportsALostLeaseWhenEveryInstanceIsHealthy()
    {
        // "lost" means the coordinator took a lease away (its instance was presumed dead); nothing here stalls or dies.
        var lost = _workerOutputs.Prepend(_masterOutput)
            .SelectMany(o => o.Split('\n'))
            .Where(l => l.Contains(" lost ", StringComparison.Ordinal))
            .ToList();

        Assert.That(lost, Is.Empty, () => _distributed.Transcripts);
    }

    [Test]
    public void GivesTheSameStatusesAndValuesAsOneProcess()
    {
        var distributed = _results.Rows.Select(r => (r.Name, r.Status, r.Attempts, r.Value)).OrderBy(r => r.Name, StringComparer.Ordinal);
        var local = _localResults.Rows.Select(r => (r.Name, r.Status, r.Attempts, r.Value)).OrderBy(r => r.Name, StringComparer.Ordinal);

        Assert.That(distributed, Is.EqualTo(local), () => $"distributed:\n{_results}\nin-process:\n{_localResults}");
        Assert.That(_results.Rows, Has.Count.EqualTo(TestPipelineApp.ModuleCount).And.All.Property(nameof(ResultRow.Status)).EqualTo("Succeeded"), () => _results.ToString());
    }

    [Test]
    public void RunsTheCapabilityModuleOnlyOnTheWorkerThatAdvertisesIt()
    {
        var started = _distributed.Marker("started", "DockerImage");

        Assert.That(_results["DockerImage"].Instance, Is.EqualTo(1), () => _results.ToString());
        Assert.That(started?.Pid, Is.EqualTo(_workerPids[0]), "the docker module ran in another process than worker 1's");
        Assert.That(_distributed.Marker("started", "DockerImage", attempt: 2), Is.Null, "the docker module ran twice");
    }

    [Test]
    public void RoutesEachMatrixInstanceToAnInstanceAdvertisingItsTarget()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(_results["Matrix[windows]"].Instance, Is.EqualTo(2), () => _results.ToString());
            Assert.That(_distributed.Marker("started", "Matrix-windows")?.Pid, Is.EqualTo(_workerPids[1]));
            Assert.That(_results["Matrix[macos]"].Instance, Is.EqualTo(3), () => _results.ToString());
            Assert.That(_distributed.Marker("started", "Matrix-macos")?.Pid, Is.EqualTo(_workerPids[2]));

            // Every instance advertises its own OS, linux here, so the linux target may run anywhere.
            Assert.That(_results["Matrix[linux]"].Status, Is.EqualTo("Succeeded"));
        }
    }

    [Test]
    public void RunsPinnedModulesOnTheMaster()
    {
        using (Assert.EnterMultipleScope())
        {
            foreach (var pinned in new[] { "Pinned", "ExclusiveOnMaster", "Source" })
            {
                Assert.That(_results[pinned].Instance, Is.Zero, () => $"{pinned}\n{_results}");
                Assert.That(_distributed.Marker("started", pinned)?.Pid, Is.EqualTo(_masterPid), pinned);
            }
        }
    }

    [Test]
    public void RunsWorkerOnlyModulesOnWorkers()
    {
        string[] workerOnly = ["Victim", "Bystander", "Hop1", "Hop2", "Hop3", "Consumer", "BigResult", "ExclusiveA", "ExclusiveB"];

        Assert.That(workerOnly.Select(m => _results[m].Instance), Is.All.InRange(1, 3), () => _results.ToString());
    }

    [Test]
    public void NeverRunsNotInParallelModulesAtTheSameTimeAcrossProcesses()
    {
        var intervals = new[] { "ExclusiveA", "ExclusiveB", "ExclusiveOnMaster" }
            .Select(key => (Key: key, Marker: _distributed.Marker("finished", key) ?? throw new AssertionException($"{key} did not finish")))
            .OrderBy(i => i.Marker.StartMs)
            .ToList();
        var text = string.Join(", ", intervals.Select(i => $"{i.Key} on pid {i.Marker.Pid}: {i.Marker.StartMs}..{i.Marker.EndMs}"));

        Assert.That(intervals.Select(i => i.Marker.Pid).Distinct().Count(), Is.GreaterThanOrEqualTo(2), $"all in one process: {text}");
        for (var i = 1; i < intervals.Count; i++)
        {
            Assert.That(intervals[i].Marker.StartMs, Is.GreaterThanOrEqualTo(intervals[i - 1].Marker.EndMs), $"overlap: {text}");
        }
    }
}
