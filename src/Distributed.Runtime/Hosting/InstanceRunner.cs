using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace ModularPipelines.Distributed;

/// <summary>
/// Runs this process's part of the run: on instance 0 the master scheduler and a worker side by side, on other
/// instances a worker only. A single process is simply a master whose coordinator lives in memory.
/// </summary>
internal sealed class InstanceRunner(
    PipelineGraph graph,
    RunSelection selection,
    IDistributedCoordinator coordinator,
    ArtifactService artifacts,
    DistributedOptions options,
    IServiceProvider services,
    ILoggerFactory loggerFactory,
    TimeProvider time,
    TextWriter output,
    TextWriter error)
{
    private static readonly TimeSpan LocalPollInterval = TimeSpan.FromSeconds(1);
    private readonly ILogger _logger = loggerFactory.CreateLogger("Pipeline");

    /// <summary>Runs the master's side of the run; with a <paramref name="recording"/>, records it for the report too.</summary>
    public async Task<PipelineRunResult> RunMasterAsync(CancellationToken runToken, RunRecording? recording = null)
    {
        var capabilities = Capabilities();
        var plan = new QueuePlan(graph);
        var (results, codec, progress) = CreateResultParts();
        var settings = new SchedulerSettings(
            options.Enabled,
            capabilities,
            TimeSpan.FromSeconds(options.CapabilityTimeoutSeconds),
            TimeSpan.FromSeconds(options.HeartbeatTimeoutSeconds),
            PollInterval(),
            options.LeaseRecoveries,
            DispatchLimit: options.Enabled ? null : options.Concurrency,
            LeftOut: selection.LeftOut,
            TotalInstances: options.TotalInstances,
            DefaultRetryCount: options.DefaultRetryCount);
        var scheduler = new MasterScheduler(graph, coordinator, plan, results, codec, progress, settings, time, recording?.Timeline);
        var runId = options.RunId ?? "local";
        using var runSpan = RunTrace.Start(runId, graph.Fingerprint);
        var worker = CreateWorker(plan, results, codec, progress, capabilities, runSpan?.Context ?? default, options.DefaultRetryCount);

        var manifest = new RunManifest(runId, graph.Fingerprint, Build(), options.TotalInstances)
        {
            Selection = selection.Canonical,
            DefaultRetryCount = options.DefaultRetryCount,
            TraceParent = runSpan?.Id,
        };
        await coordinator.OpenRunAsync(manifest, runToken).ConfigureAwait(false);
        await coordinator.JoinRunAsync(Registration(capabilities), runToken).ConfigureAwait(false);
        _logger.LogInformation(
            "run    {Count} modules on instance 0 of {Total}, {Slots} slots, capabilities: {Capabilities}, graph {Fingerprint}",
            graph.Nodes.Count, options.TotalInstances, options.Concurrency, string.Join(", ", capabilities), graph.ShortFingerprint);

        using var workerStop = CancellationTokenSource.CreateLinkedTokenSource(runToken);
        using var watchStop = new CancellationTokenSource();
        var watching = recording is null
            ? Task.CompletedTask
            : Task.Run(() => recording.Instances.WatchAsync(coordinator, settings.HeartbeatTimeout, watchStop.Token), CancellationToken.None);
        IReadOnlyList<ModuleResult> moduleResults;
        try
        {
            var workerRun = Task.Run(() => worker.RunAsync(workerStop.Token), CancellationToken.None);
            var schedulerRun = scheduler.RunAsync(runToken);

            // Either side may be the first to find the coordinator lost (the worker's claim sees the run's state gone, the
            // scheduler waits out an outage), and the other cannot finish without it: the first failure ends the instance.
            if (await Task.WhenAny(schedulerRun, workerRun).ConfigureAwait(false) is { IsFaulted: true } failed)
            {
                await workerStop.CancelAsync().ConfigureAwait(false);
                await failed.ConfigureAwait(false);
            }

            moduleResults = await schedulerRun.ConfigureAwait(false);
            await workerRun.ConfigureAwait(false);
        }
        finally
        {
            await watchStop.CancelAsync().ConfigureAwait(false);
            await watching.ConfigureAwait(false);
        }

        progress.Ended();
        if (recording is not null)
        {
            await recording.Instances.SampleAtEndAsync(coordinator, settings.HeartbeatTimeout).ConfigureAwait(false);
        }

        var exitCode = moduleResults.Any(r => r.IsFailure)
            ? runToken.IsCancellationRequested ? PipelineExitCode.Cancelled : PipelineExitCode.Failed
            : PipelineExitCode.Succeeded;
        RunTrace.Ended(runSpan, exitCode);
        return new PipelineRunResult(exitCode, moduleResults) { ForwardedTails = progress.Forwarded?.Tails() ?? new Dictionary<string, IReadOnlyList<string>>() };
    }

    public async Task<int> RunWorkerAsync(CancellationToken runToken)
    {
        var capabilities = Capabilities();
        var manifest = await JoinAsync(Registration(capabilities), runToken).ConfigureAwait(false);
        if (manifest is null)
        {
            return runToken.IsCancellationRequested ? PipelineExitCode.Cancelled : PipelineExitCode.MasterLost;
        }

        if (manifest.Fingerprint != graph.Fingerprint)
        {
            await error.WriteLineAsync(
                $"error: this worker's graph ({Build()}, fingerprint {graph.ShortFingerprint}) differs from the master's ({manifest.Build}, fingerprint {manifest.Fingerprint[..Math.Min(12, manifest.Fingerprint.Length)]}): run the same build on every instance").ConfigureAwait(false);
            return PipelineExitCode.ConfigurationError;
        }

        if (manifest.Selection != selection.Canonical)
        {
            await error.WriteLineAsync(
                $"error: this worker's module selection ({Described(selection.Canonical)}) differs from the master's ({Described(manifest.Selection)}): start every instance with the same --module, --category and --skip-module options").ConfigureAwait(false);
            return PipelineExitCode.ConfigurationError;
        }

        // Unlike the selection, a count the worker was not given is no conflict: it follows the master's, so CI jobs need
        // not repeat --retries; a count it was given and that differs is a mistake worth stopping for.
        if (options.DefaultRetryCountGiven && options.DefaultRetryCount != manifest.DefaultRetryCount)
        {
            await error.WriteLineAsync(
                $"error: this worker's --retries ({options.DefaultRetryCount}) differs from the master's ({manifest.DefaultRetryCount}): give every instance the same --retries or MODULAR_PIPELINES_RETRIES, or give it only to the master").ConfigureAwait(false);
            return PipelineExitCode.ConfigurationError;
        }

        var plan = new QueuePlan(graph);
        var (results, codec, progress) = CreateResultParts();
        var worker = CreateWorker(plan, results, codec, progress, capabilities, RunTrace.Parse(manifest), manifest.DefaultRetryCount);
        _logger.LogInformation("join   run {RunId} as instance {Index} of {Total}, {Slots} slots, queues: {Queues}",
            manifest.RunId, options.InstanceIndex, manifest.TotalInstances, options.Concurrency, string.Join(", ", plan.QueuesServedBy(options.InstanceIndex, capabilities)));
        var exit = await worker.RunAsync(runToken).ConfigureAwait(false);
        progress.Ended();
        switch (exit)
        {
            case WorkerExit.MasterGone:
                await error.WriteLineAsync(
                    $"error: the master (instance 0) has not sent a heartbeat for over {options.HeartbeatTimeoutSeconds}s; it is presumed gone and this worker stops").ConfigureAwait(false);
                return PipelineExitCode.MasterLost;
            case WorkerExit.RunCancelled:
                await output.WriteLineAsync("The run was cancelled.").ConfigureAwait(false);
                return PipelineExitCode.Cancelled;
            default:
                await output.WriteLineAsync($"The run completed; instance {options.InstanceIndex} is done.").ConfigureAwait(false);
                return PipelineExitCode.Succeeded;
        }
    }

    /// <summary>Workers may start before the master opens the run (CI jobs start in any order): wait for it.</summary>
    private async Task<RunManifest?> JoinAsync(InstanceRegistration registration, CancellationToken runToken)
    {
        var deadline = time.GetUtcNow() + TimeSpan.FromSeconds(options.CapabilityTimeoutSeconds);
        var announced = false;
        var seenSignal = 0L;
        while (!runToken.IsCancellationRequested)
        {
            if (await coordinator.JoinRunAsync(registration, runToken).ConfigureAwait(false) is { } manifest)
            {
                return manifest;
            }

            if (time.GetUtcNow() > deadline)
            {
                await error.WriteLineAsync(
                    $"error: the master (instance 0) did not open run '{options.RunId}' within {options.CapabilityTimeoutSeconds}s: check that it runs with the same --run-id and --redis").ConfigureAwait(false);
                return null;
            }

            if (!announced)
            {
                _logger.LogInformation("wait   for the master to open run {RunId}", options.RunId);
                announced = true;
            }

            try
            {
                seenSignal = await coordinator.WaitForWorkAsync(seenSignal, PollInterval(), runToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return null;
            }
        }

        return null;
    }

    private WorkerLoop CreateWorker(QueuePlan plan, ResultCache results, ResultCodec codec, PipelineProgress progress, IReadOnlyList<string> capabilities, ActivityContext runTrace, int defaultRetryCount)
    {
        var isMaster = options.InstanceIndex == 0;
        var instances = new ModuleInstances(services, results);

        // A worker's modules log to its own console and, through the shipper, to the master's.
        var output = options.Enabled && !isMaster && options.MaxModuleOutputBytes > 0
            ? new ModuleOutputShipper(coordinator, options.InstanceIndex, options.MaxModuleOutputBytes, Secrets())
            : null;
        var moduleLoggers = output is null ? loggerFactory : new ForwardingLoggerFactory(loggerFactory, output);
        var executor = new ModuleExecutor(graph, instances, artifacts, results, services, moduleLoggers, progress, time, options.InstanceIndex, reportsFinish: !isMaster,
            defaultRetryCount);
        var settings = new WorkerSettings(
            options.InstanceIndex,
            options.Concurrency,
            plan.QueuesServedBy(options.InstanceIndex, capabilities),
            TimeSpan.FromSeconds(options.HeartbeatIntervalSeconds),
            TimeSpan.FromSeconds(options.HeartbeatTimeoutSeconds),
            PollInterval(),
            SerializeValues: options.Enabled,
            MasterTimeout: isMaster ? null : TimeSpan.FromSeconds(options.HeartbeatTimeoutSeconds))
        {
            RunTrace = runTrace,
        };
        return new WorkerLoop(graph, coordinator, executor, results, codec, settings, _logger, output, time);
    }

    private (ResultCache Results, ResultCodec Codec, PipelineProgress Progress) CreateResultParts()
    {
        (services.GetService(typeof(ModuleLogGroups)) as ModuleLogGroups)?.Track(graph.Nodes.Select(n => n.DisplayName));
        var codec = new ResultCodec(graph, options.MaxResultBytes, Secrets());
        var forwarded = options.Enabled && options.InstanceIndex == 0 ? new ForwardedOutput(loggerFactory) : null;
        return (new ResultCache(coordinator, codec), codec, new PipelineProgress(_logger, graph.Nodes.Count, showInstance: options.Enabled, forwarded));
    }

    private SecretMasker Secrets() => services.GetService(typeof(SecretMasker)) as SecretMasker ?? new SecretMasker();

    /// <summary>The slow fallback poll: a lost wake-up delays work by at most this long.</summary>
    private TimeSpan PollInterval() =>
        options.Enabled ? TimeSpan.FromSeconds(Math.Min(1, options.HeartbeatIntervalSeconds)) : LocalPollInterval;

    private List<string> Capabilities() => AdvertisedCapabilities.Of(options);

    private InstanceRegistration Registration(IReadOnlyList<string> capabilities) =>
        new(options.InstanceIndex, capabilities, graph.Fingerprint, options.Concurrency, Build());

    private static string Described(string selection) => selection.Length == 0 ? "every module" : selection;

    private string Build() => string.Join("+", graph.AssemblyNames);
}
