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
        DistributedOptions options;
        try
        {
            options = _services.GetRequiredService<IOptions<DistributedOptions>>().Value;
            graph = PipelineGraph.Build(_definitions);
            if (options.Enabled)
            {
                throw new PipelineConfigurationException(
                    "distributed mode (--redis or AddDistributedMode) is not available in this version yet: run without it to execute every module in this process");
            }
        }
        catch (PipelineConfigurationException exception)
        {
            return await FailConfigurationAsync(exception.Message).ConfigureAwait(false);
        }

        using var run = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, signal => CancelRun(signal, run));
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal => CancelRun(signal, run));

        var clock = Stopwatch.StartNew();
        var results = await RunLocallyAsync(graph, options, run.Token).ConfigureAwait(false);
        var exitCode = results.Any(r => r.IsFailure)
            ? run.IsCancellationRequested ? PipelineExitCode.Cancelled : PipelineExitCode.Failed
            : PipelineExitCode.Succeeded;
        await _services.DisposeAsync().ConfigureAwait(false);
        await _output.WriteAsync(SummaryTable.Render(results, clock.Elapsed)).ConfigureAwait(false);
        return new PipelineRunResult(exitCode, results);
    }

    private async Task<IReadOnlyList<ModuleResult>> RunLocallyAsync(PipelineGraph graph, DistributedOptions options, CancellationToken runToken)
    {
        var loggerFactory = _services.GetRequiredService<ILoggerFactory>();
        var time = _services.GetService<TimeProvider>() ?? TimeProvider.System;
        var capabilities = new List<string>(options.Capabilities);
        if (options.AutoDetectOsCapability && CapabilityName.CurrentOperatingSystem() is { } os)
        {
            capabilities.Add(os);
        }

        var progress = new PipelineProgress(loggerFactory.CreateLogger("Pipeline"), graph.Nodes.Count);
        var results = new LocalResultStore();
        var instances = new ModuleInstances(_services, results);
        var executor = new ModuleExecutor(graph, instances, _services, loggerFactory, progress, time, options.InstanceIndex);
        var placement = new LocalPlacement(options.InstanceIndex, capabilities);
        var scheduler = new LocalScheduler(graph, executor, results, progress, placement, options.Concurrency, time);
        loggerFactory.CreateLogger("Pipeline").LogInformation(
            "run    {Count} modules, {Slots} slots, capabilities: {Capabilities}, graph {Fingerprint}",
            graph.Nodes.Count, options.Concurrency, string.Join(", ", placement.Capabilities), graph.Fingerprint[..12]);
        return await scheduler.RunAsync(runToken).ConfigureAwait(false);
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
