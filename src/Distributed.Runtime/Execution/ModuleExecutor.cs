using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace ModularPipelines.Distributed;

/// <summary>
/// Runs one node to its end: its skip conditions, then attempts with their hooks, per-attempt timeout, retries with
/// doubling backoff, then, if it failed, its ignore-failure conditions.
/// </summary>
internal sealed class ModuleExecutor(
    PipelineGraph graph,
    ModuleInstances instances,
    ArtifactService artifacts,
    IResultSource results,
    IServiceProvider services,
    ILoggerFactory loggerFactory,
    PipelineProgress progress,
    TimeProvider time,
    int instanceIndex,
    bool reportsFinish,
    int defaultRetryCount = 0)
{
    /// <summary>How long a cancelled or timed-out module may take to stop before it is reported without waiting for it.</summary>
    private static readonly TimeSpan CleanupGrace = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Checks the node's skip conditions, then runs attempts from <paramref name="firstAttempt"/> (above 1 when an
    /// earlier attempt was lost with its instance) until one succeeds or the attempts run out. Never throws: every
    /// outcome, including a factory that cannot build the module, becomes a result.
    /// </summary>
    public async Task<ModuleResult> ExecuteAsync(GraphNode node, int firstAttempt, CancellationToken runToken)
    {
        var definition = node.Definition;
        var startedAt = time.GetUtcNow();
        var clock = Stopwatch.StartNew();
        var maxAttempts = Math.Max(definition.RetriesWith(defaultRetryCount) + 1, firstAttempt);
        var logger = loggerFactory.CreateLogger(node.DisplayName);

        // Once per run of the node here, not per attempt: a retry is for a module that failed, not a second opinion.
        // Task.Run, like an attempt: a condition that blocks must not stall the worker loop that called this.
        if (definition.SkipConditions.Count > 0)
        {
            var context = new ModuleContext(node, graph, instances, services, logger, firstAttempt, instanceIndex, Artifacts(node, logger), runToken);
            var notRun = await Task.Run(() => SkipConditionCheck.EvaluateAsync(node, context, services, startedAt, () => clock.Elapsed, runToken), CancellationToken.None)
                .ConfigureAwait(false);
            if (notRun is { } outcomeWithoutAttempt)
            {
                return Report(definition.CreateResult(outcomeWithoutAttempt, value: null));
            }
        }

        object? value = null;
        ModuleStatus status = ModuleStatus.Failed;
        ModuleError? error = null;
        ModuleArtifacts? artifacts = null;
        var attempt = firstAttempt - 1;
        while (attempt < maxAttempts)
        {
            attempt++;
            progress.Started(node, attempt, maxAttempts);
            (status, value, error, artifacts) = await RunAttemptAsync(node, logger, attempt, runToken).ConfigureAwait(false);
            if (status is ModuleStatus.Succeeded or ModuleStatus.Cancelled || attempt == maxAttempts)
            {
                break;
            }

            var backoff = definition.RetryBackoff * Math.Pow(2, attempt - 1);
            progress.Retrying(node, attempt, maxAttempts, error, backoff);
            try
            {
                await Task.Delay(backoff, time, runToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                (status, error) = (ModuleStatus.Cancelled, null);
                break;
            }
        }

        // After the retries, on this instance: the conditions see what the module's own attempts saw (its environment,
        // its branch), and the master learns the verdict with the result.
        string? failureIgnored = null;
        if (status is ModuleStatus.Failed or ModuleStatus.TimedOut && definition.IgnoreFailureConditions.Count > 0)
        {
            var context = new ModuleContext(node, graph, instances, services, logger, attempt, instanceIndex, Artifacts(node, logger), runToken);
            failureIgnored = await Task.Run(() => FailureIgnoreCheck.EvaluateAsync(node, context, services, logger, runToken), CancellationToken.None)
                .ConfigureAwait(false);
        }

        var outcome = new ModuleOutcome(status, startedAt, clock.Elapsed, attempt, instanceIndex, error, CancelReason(status),
            artifacts?.BytesIn ?? 0, artifacts?.BytesOut ?? 0, failureIgnored);
        return Report(definition.CreateResult(outcome, value));
    }

    private ModuleArtifacts Artifacts(GraphNode node, ILogger logger) => new(node, artifacts, results, logger);

    private static string? CancelReason(ModuleStatus status) =>
        status == ModuleStatus.Cancelled ? "the run was cancelled while the module ran" : null;

    private ModuleResult Report(ModuleResult result)
    {
        if (reportsFinish)
        {
            progress.Finished(result);
        }

        return result;
    }

    /// <summary>One attempt between its hooks: the after-hooks see the attempt's own result, typed like the module's.</summary>
    private async Task<(ModuleStatus Status, object? Value, ModuleError? Error, ModuleArtifacts? Artifacts)> RunAttemptAsync(
        GraphNode node, ILogger logger, int attempt, CancellationToken runToken)
    {
        ModuleHooks hooks;
        try
        {
            hooks = ModuleHooks.Resolve(services);
        }
        catch (Exception exception)
        {
            return (ModuleStatus.Failed, null, ModuleError.FromException(exception), null);
        }

        var startedAt = time.GetUtcNow();
        var clock = Stopwatch.StartNew();
        using var attemptCancellation = CancellationTokenSource.CreateLinkedTokenSource(runToken);
        var context = new ModuleContext(node, graph, instances, services, logger, attempt, instanceIndex, Artifacts(node, logger), attemptCancellation.Token);
        var (status, value, error) = await RunBodyAsync(node, context, hooks, attempt, attemptCancellation, runToken).ConfigureAwait(false);
        if (!hooks.IsEmpty)
        {
            var outcome = new ModuleOutcome(status, startedAt, clock.Elapsed, attempt, instanceIndex, error, CancelReason(status),
                context.AttemptArtifacts.BytesIn, context.AttemptArtifacts.BytesOut);
            await hooks.AfterAsync(context, node.Definition.CreateResult(outcome, value), runToken).ConfigureAwait(false);
        }

        return (status, value, error, context.AttemptArtifacts);
    }

    private async Task<(ModuleStatus Status, object? Value, ModuleError? Error)> RunBodyAsync(
        GraphNode node, ModuleContext context, ModuleHooks hooks, int attempt, CancellationTokenSource attemptCancellation, CancellationToken runToken)
    {
        if (node.Definition.Timeout is { } timeout)
        {
            attemptCancellation.CancelAfter(timeout);
        }

        try
        {
            // Task.Run keeps a module that blocks before its first await from stalling the scheduler, and
            // WaitAsync stops waiting for a module that ignores its token once the timeout or cancellation fires.
            // The before-hooks run first, under the attempt's timeout: one that throws fails the attempt unrun.
            var running = Task.Run(
                async () =>
                {
                    // Consumed artifacts are in place before the hooks and the body; produced ones are published only
                    // once the body succeeded, still inside the attempt, so a store that refuses them fails the attempt.
                    await context.AttemptArtifacts.ReceiveDeclaredAsync(attemptCancellation.Token).ConfigureAwait(false);
                    await hooks.BeforeAsync(context, attemptCancellation.Token).ConfigureAwait(false);
                    var instance = instances.GetOrCreate(node);
                    var value = await node.Definition.ExecuteAsync(instance, context, attemptCancellation.Token).ConfigureAwait(false);
                    await context.AttemptArtifacts.PublishDeclaredAsync(attemptCancellation.Token).ConfigureAwait(false);
                    return value;
                },
                CancellationToken.None);
            try
            {
                var value = await running.WaitAsync(attemptCancellation.Token).ConfigureAwait(false);
                return (ModuleStatus.Succeeded, value, null);
            }
            catch (OperationCanceledException) when (!running.IsCompleted)
            {
                // A module that honours its token gets a moment to finish its own cleanup (stop a child process, write
                // what it has) before its result is reported and, on a worker that is stopping, the process exits.
                await Task.WhenAny(running, Task.Delay(CleanupGrace, time, CancellationToken.None)).ConfigureAwait(false);
                throw;
            }
        }
        catch (OperationCanceledException) when (runToken.IsCancellationRequested)
        {
            return (ModuleStatus.Cancelled, null, null);
        }
        catch (OperationCanceledException) when (attemptCancellation.IsCancellationRequested)
        {
            var timedOut = new TimeoutException($"{node.DisplayName} timed out after {node.Definition.Timeout!.Value.TotalSeconds:0.###}s (attempt {attempt}).");
            return (ModuleStatus.TimedOut, null, ModuleError.FromException(timedOut));
        }
        catch (Exception exception)
        {
            return (ModuleStatus.Failed, null, ModuleError.FromException(exception));
        }
    }
}
