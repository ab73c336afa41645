using System.Diagnostics;
using System.Runtime.InteropServices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ModularPipelines.Distributed;

/// <summary>
/// A built pipeline: the generated module graph plus services. Start one with <see cref="CreateBuilder"/>;
/// modules are found by the generator, so no registration code is needed.
/// </summary>
public sealed class Pipeline
{
    private readonly ServiceProvider _services;
    private readonly CommandLineParseResult _commandLine;
    private readonly IReadOnlyList<PipelineDefinition> _definitions;
    private readonly TextWriter _output;
    private readonly TextWriter _error;
    private int _started;

    internal Pipeline(
        ServiceProvider services,
        CommandLineParseResult commandLine,
        IReadOnlyList<PipelineDefinition> definitions,
        TextWriter output,
        TextWriter error)
    {
        _services = services;
        _commandLine = commandLine;
        _definitions = definitions;
        _output = output;
        _error = error;
    }

    /// <summary>Starts configuring a pipeline from the process's command-line arguments.</summary>
    /// <param name="args">The arguments given to <c>Main</c>; see <c>--help</c> for the options.</param>
    /// <returns>A builder whose <see cref="PipelineBuilder.Services"/> modules are constructed from.</returns>
    public static PipelineBuilder CreateBuilder(string[] args) => new(args, Environment.GetEnvironmentVariable);

    /// <summary>
    /// Runs the pipeline to its end, prints the summary, and returns the process exit code
    /// (see <see cref="PipelineExitCode"/>). Ctrl-C and SIGTERM cancel the run.
    /// </summary>
    /// <returns>0 when the pipeline succeeded.</returns>
    public async Task<int> RunAsync() => (await RunWithResultsAsync(CancellationToken.None).ConfigureAwait(false)).ExitCode;

    /// <summary>Runs the pipeline to its end and returns every node's result with the exit code.</summary>
    /// <param name="cancellationToken">Cancels the run, like Ctrl-C.</param>
    /// <returns>The results and the exit code.</returns>
    /// <exception cref="InvalidOperationException">The pipeline has already run.</exception>
    public async Task<PipelineRunResult> RunWithResultsAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _started, 1) == 1)
        {
            throw new InvalidOperationException("A pipeline runs once: build a new one to run again.");
        }

        try
        {
            return await RunCoreAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // Disposing the provider flushes the console logger, so the summary is not interleaved with log lines.
            await _services.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task<PipelineRunResult> RunCoreAsync(CancellationToken cancellationToken)
    {
        if (_commandLine.Error is { } commandLineError)
        {
            return await FailConfigurationAsync(commandLineError).ConfigureAwait(false);
        }

        if (_commandLine.Settings!.ShowHelp)
        {
            await _output.WriteLineAsync(PipelineCommandLine.HelpText).ConfigureAwait(false);
            return new PipelineRunResult(PipelineExitCode.Succeeded, []);
        }

        PipelineGraph graph;
        RunSelection selection;
        DistributedOptions options;
        IDistributedCoordinator? sharedCoordinator;
        try
        {
            options = _services.GetRequiredService<IOptions<DistributedOptions>>().Value;
            // The rule for a distributed run: a coordinator is configured. Tuning options in code is not enough.
            options.Enabled |= options.RedisConfiguration is not null || _services.GetService<IDistributedCoordinator>() is not null;
            if ((DistributedOptionsValidator.Validate(options) ?? ArtifactStoreSelection.Problem(options)) is { } invalid)
            {
                throw new PipelineConfigurationException(invalid);
            }

            graph = PipelineGraph.Build(_definitions);
            selection = RunSelection.Resolve(graph, _commandLine.Settings.Modules, _commandLine.Settings.Categories, _commandLine.Settings.SkippedModules);
            if (_commandLine.Settings.ShowGraph || _commandLine.Settings.DryRun)
            {
                // Both describe the run without starting it: no coordinator, no module.
                await _output.WriteAsync(_commandLine.Settings.ShowGraph
                    ? GraphMermaid.Render(graph)
                    : DryRunPlan.Render(graph, options, AdvertisedCapabilities.Of(options))).ConfigureAwait(false);
                return new PipelineRunResult(PipelineExitCode.Succeeded, []);
            }

            sharedCoordinator = await ResolveCoordinatorAsync(options).ConfigureAwait(false);
        }
        catch (PipelineConfigurationException exception)
        {
            return await FailConfigurationAsync(exception.Message).ConfigureAwait(false);
        }

        using var run = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, signal => CancelRun(signal, run));
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal => CancelRun(signal, run));

        var time = _services.GetService<TimeProvider>() ?? TimeProvider.System;
        await using var ownedCoordinator = _services.GetService<IDistributedCoordinator>() is null ? sharedCoordinator : null;
        await using var localCoordinator = sharedCoordinator is null ? new InMemoryCoordinator(time) : null;
        var artifactStore = ArtifactStoreSelection.Create(options, _services);
        await using var ownedArtifactStore = ReferenceEquals(artifactStore, _services.GetService<IArtifactStore>()) ? null : artifactStore as IAsyncDisposable;
        var artifacts = new ArtifactService(new Workspace(options.Workspace ?? Environment.CurrentDirectory), artifactStore,
            TimeSpan.FromSeconds(options.ArtifactDownloadTimeoutSeconds));
        var runner = new InstanceRunner(graph, selection, sharedCoordinator ?? localCoordinator!, artifacts, options, _services,
            _services.GetRequiredService<ILoggerFactory>(), time, _output, _error);
        var clock = Stopwatch.StartNew();
        var startedAt = time.GetUtcNow();
        // A job's step summary gets the timeline too, so under GitHub Actions the master records the run as for --report.
        var stepSummaryWanted = _services.GetService<GitHubActionsSettings>() is { Enabled: true, StepSummaryPath: not null };
        var recording = (_commandLine.Settings.WantsReport || stepSummaryWanted) && options.InstanceIndex == 0 ? new RunRecording(time) : null;
        var secrets = _services.GetService<SecretMasker>() ?? new SecretMasker();
        PipelineRunResult result;
        try
        {
            if (options.InstanceIndex > 0)
            {
                if (_commandLine.Settings.WantsReport)
                {
                    // Only the master sees the whole run; a worker's own view would be a partial copy of it.
                    await _output.WriteLineAsync(
                        $"report: not written by instance {options.InstanceIndex}: the master (instance 0) writes the run's report").ConfigureAwait(false);
                }

                var workerExit = await runner.RunWorkerAsync(run.Token).ConfigureAwait(false);
                await _services.DisposeAsync().ConfigureAwait(false);
                return new PipelineRunResult(workerExit, []);
            }

            result = await runner.RunMasterAsync(run.Token, recording).ConfigureAwait(false);
            if (options.DeleteArtifactsAfterRun && artifactStore is IArtifactRunCleanup cleanup)
            {
                await DeleteArtifactsAsync(cleanup).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is PipelineConfigurationException or InvalidDataException)
        {
            // The run cannot start: its id belongs to another build, or the shared state is not ours to read.
            return await FailConfigurationAsync(exception.Message).ConfigureAwait(false);
        }
        catch (CoordinatorLostException exception)
        {
            await _error.WriteLineAsync($"error: {exception.Message}").ConfigureAwait(false);
            return new PipelineRunResult(PipelineExitCode.CoordinatorLost, []);
        }

        // Read before the provider is disposed (which flushes the console logger, so the summary follows the log).
        var gitHub = _services.GetService<GitHubActionsSettings>();
        var endedAt = time.GetUtcNow();
        await _services.DisposeAsync().ConfigureAwait(false);
        await _output.WriteAsync(SummaryTable.Render(result.Results, clock.Elapsed, result.ForwardedTails)).ConfigureAwait(false);
        var report = recording is null ? null : RunReportBuilder.Build(graph, options, result, recording, startedAt, endedAt, secrets);
        if (gitHub is { Enabled: true })
        {
            await WriteGitHubOutputAsync(gitHub, secrets, result.Results, clock.Elapsed, report).ConfigureAwait(false);
        }

        if (report is not null && _commandLine.Settings.WantsReport)
        {
            await WriteReportsAsync(report).ConfigureAwait(false);
        }

        return result;
    }

    /// <summary>
    /// Deletes the run's artifacts once every module has ended (no instance reads them any more). Not doing so is an error
    /// line, not a failed run: the modules' work is done.
    /// </summary>
    private async Task DeleteArtifactsAsync(IArtifactRunCleanup cleanup)
    {
        try
        {
            var deleted = await cleanup.DeleteRunAsync(CancellationToken.None).ConfigureAwait(false);
            _services.GetService<PipelineConsoleLoggerProvider>()?.Flush();
            await _output.WriteLineAsync($"artifacts: deleted {deleted} stored file(s) of this run from {cleanup.RunLocation}").ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            await _error.WriteLineAsync($"error: the run's artifacts in {cleanup.RunLocation} could not be deleted ({exception.Message}): delete them by hand").ConfigureAwait(false);
        }
    }

    /// <summary>A report that cannot be written is an error line; the run's exit code stays what the run earned.</summary>
    private async Task WriteReportsAsync(RunReport report)
    {
        var settings = _commandLine.Settings!;
        foreach (var problem in await RunReportFiles.WriteAsync(report, settings.ReportPaths, settings.ReportHtmlPath).ConfigureAwait(false))
        {
            await _error.WriteLineAsync($"error: {problem}").ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The coordinator other instances share: one registered in code, else Redis from <c>--redis</c>; null for a single
    /// process, which uses one in memory.
    /// </summary>
    private async Task<IDistributedCoordinator?> ResolveCoordinatorAsync(DistributedOptions options)
    {
        if (!options.Enabled)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(options.RunId))
        {
            throw new PipelineConfigurationException(
                "distributed mode needs a run id shared by every instance: pass --run-id ID or set MODULAR_PIPELINES_RUN_ID (on GitHub Actions GITHUB_RUN_ID-GITHUB_RUN_ATTEMPT is used)");
        }

        if (_services.GetService<IDistributedCoordinator>() is { } registered)
        {
            return registered;
        }

        if (options.RedisConfiguration is null)
        {
            throw new PipelineConfigurationException(
                "distributed mode needs a coordinator: pass --redis CONFIG, or call AddRedisCoordinator(...) or AddDistributedCoordinator<T>() in code");
        }

        // Redis may be away as long as an instance may be silent: beyond that, leases and the master have expired anyway.
        return await RedisCoordinator.ConnectAsync(
            new RedisCoordinatorOptions(options.RedisConfiguration, options.RunId, RunKeyLifetime.TimeToLive, options.MaxResultBytes + (64 * 1024),
                TimeSpan.FromSeconds(options.HeartbeatTimeoutSeconds)),
            _services.GetRequiredService<ILoggerFactory>().CreateLogger("Pipeline")).ConfigureAwait(false);
    }

    /// <summary>
    /// Under GitHub Actions: an annotation per failed module, and the summary with the run's timeline (a Mermaid Gantt
    /// chart, which GitHub draws) appended to the job's step summary.
    /// </summary>
    private async Task WriteGitHubOutputAsync(GitHubActionsSettings gitHub, SecretMasker secrets, IReadOnlyList<ModuleResult> results, TimeSpan elapsed, RunReport? report)
    {
        await _output.WriteAsync(GitHubCommands.ErrorAnnotations(results)).ConfigureAwait(false);
        if (gitHub.StepSummaryPath is { } path)
        {
            try
            {
                var timeline = report is null ? string.Empty : "\n```mermaid\n" + MermaidGantt.Render(report) + "```\n\n" + MermaidGantt.Legend + "\n";
                await File.AppendAllTextAsync(path, secrets.Apply(GitHubCommands.StepSummary(results, elapsed) + timeline) + "\n").ConfigureAwait(false);
            }
            catch (IOException exception)
            {
                await _error.WriteLineAsync($"warning: could not append the summary to GITHUB_STEP_SUMMARY ({path}): {exception.Message}").ConfigureAwait(false);
            }
        }
    }

    private async Task<PipelineRunResult> FailConfigurationAsync(string message)
    {
        await _error.WriteLineAsync($"error: {message}").ConfigureAwait(false);
        return new PipelineRunResult(PipelineExitCode.ConfigurationError, []);
    }

    private static void CancelRun(PosixSignalContext signal, CancellationTokenSource run)
    {
        // Keep the process alive: cancelled modules still report, and the summary is still printed.
        signal.Cancel = true;
        run.Cancel();
    }
}
