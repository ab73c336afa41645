using System.Globalization;
using Microsoft.Extensions.Logging;

namespace ModularPipelines.Distributed;

/// <summary>The lines a user watches while the pipeline runs: one when each module starts and one when it ends.</summary>
internal sealed class PipelineProgress(ILogger logger, int totalModules, bool showInstance, ForwardedOutput? forwarded = null)
{
    private int _finished;

    /// <summary>What modules on other instances logged, as the master read it; null outside a distributed master.</summary>
    public ForwardedOutput? Forwarded => forwarded;

    /// <summary>Lines a module on another instance logged, printed under its name and instance.</summary>
    public void Output(GraphNode node, ModuleOutput output) => forwarded?.Print(node, output);

    public void Started(GraphNode node, int attempt, int maxAttempts)
    {
        var attemptText = maxAttempts > 1 ? $" (attempt {attempt}/{maxAttempts})" : string.Empty;
        logger.LogInformation("start  {Module}{Attempt}", node.DisplayName, attemptText);
    }

    /// <summary>
    /// A distributed master's line for a module another instance just claimed (the master's own modules get
    /// <see cref="Started"/> from the instance that runs them, so they are not announced twice).
    /// </summary>
    public void StartedOn(GraphNode node, WorkLease lease)
    {
        if (showInstance && lease.InstanceIndex != 0)
        {
            var attemptText = lease.Attempt > 1 ? string.Create(CultureInfo.InvariantCulture, $" (attempt {lease.Attempt})") : string.Empty;
            logger.LogInformation("start  {Module}{Attempt} on instance {Instance}", node.DisplayName, attemptText, lease.InstanceIndex);
        }
    }

    public void Retrying(GraphNode node, int attempt, int maxAttempts, ModuleError? error, TimeSpan backoff) =>
        logger.LogWarning(
            "retry  {Module}: attempt {Attempt}/{MaxAttempts} ended with {Error}; next attempt in {Backoff}",
            node.DisplayName, attempt, maxAttempts, error?.ToString() ?? "no error", DurationText.Format(backoff));

    public void Finished(ModuleResult result)
    {
        var done = Interlocked.Increment(ref _finished);
        var progress = string.Create(CultureInfo.InvariantCulture, $"[{done}/{totalModules}]");
        switch (result.Status)
        {
            case ModuleStatus.Succeeded:
                logger.LogInformation(PipelineEvents.ModuleFinished, "ok     {Module} in {Duration}{Attempts}{Instance} {Progress}",
                    result.DisplayName, DurationText.Format(result.Duration), AttemptsText(result), InstanceText(result), progress);
                break;
            case ModuleStatus.Skipped:
                logger.LogInformation(PipelineEvents.ModuleFinished, "skip   {Module}: {Reason} {Progress}", result.DisplayName, result.SkipReason, progress);
                break;
            case ModuleStatus.Cancelled:
                logger.LogWarning(PipelineEvents.ModuleFinished, "cancel {Module}: {Reason} {Progress}", result.DisplayName, result.SkipReason, progress);
                break;
            case ModuleStatus.Failed or ModuleStatus.TimedOut when result.FailureIgnoredReason is not null:
                // Still a failure to read about, but not one that fails the run: a warning, not an error.
                logger.LogWarning(PipelineEvents.ModuleFinished, "FAIL   {Module} {Status} in {Duration}{Attempts}{Instance}{Ignored} {Progress}\n{Details}",
                    result.DisplayName, result.Status, DurationText.Format(result.Duration), AttemptsText(result), InstanceText(result),
                    IgnoredFailureText.Suffix(result.FailureIgnoredReason), progress, result.Error?.Details);
                break;
            case ModuleStatus.Failed when result.Attempts == 0:
                // Failed before any attempt (no instance could take it): no duration to give, as the summary shows none.
                logger.LogError(PipelineEvents.ModuleFinished, "FAIL   {Module} {Status} without starting {Progress}\n{Details}",
                    result.DisplayName, result.Status, progress, result.Error?.Details);
                break;
            default:
                logger.LogError(PipelineEvents.ModuleFinished, "FAIL   {Module} {Status} in {Duration}{Attempts}{Instance} {Progress}\n{Details}",
                    result.DisplayName, result.Status, DurationText.Format(result.Duration), AttemptsText(result), InstanceText(result), progress, result.Error?.Details);
                break;
        }
    }

    /// <summary>This instance's part of the run is over: lines still held for a group (modules that never finished) are printed.</summary>
    public void Ended() => logger.LogInformation(PipelineEvents.RunEnded, "run ended");

    public void Requeued(GraphNode node, WorkLease lease) =>
        logger.LogWarning("requeue {Module}: instance {Instance} stopped renewing its lease (attempt {Attempt}); it runs again elsewhere",
            node.DisplayName, lease.InstanceIndex, lease.Attempt);

    /// <summary>
    /// A periodic line on a distributed master: what is done, what runs where and what still waits in a queue, so a long
    /// wait is explained.
    /// </summary>
    /// <param name="running">The nodes instances have claimed, with the instance of each.</param>
    /// <param name="queued">The nodes still in a queue.</param>
    /// <param name="missing">The run's expected instances the master does not see live.</param>
    public void Outstanding(IReadOnlyList<(GraphNode Node, int Instance)> running, IReadOnlyList<GraphNode> queued, IReadOnlyList<MissingInstance> missing) =>
        logger.LogInformation("wait   {Done}/{Total} done; running: {Running}; queued: {Queued}{Missing}",
            Volatile.Read(ref _finished), totalModules,
            Shown(running, r => string.Create(CultureInfo.InvariantCulture, $"{r.Node.DisplayName} on {r.Instance}")),
            Shown(queued, n => n.DisplayName),
            missing.Count == 0 ? string.Empty : "; not here: " + string.Join(", ", missing));

    public void Stopping(GraphNode failed) =>
        logger.LogError("stop   {Module} failed: no new modules start except [AlwaysRun] ones; running modules finish", failed.DisplayName);

    /// <summary>The first few names and how many more: a line a person can read at a glance.</summary>
    private static string Shown<T>(IReadOnlyList<T> nodes, Func<T, string> describe)
    {
        const int shown = 6;
        if (nodes.Count == 0)
        {
            return "none";
        }

        var names = string.Join(", ", nodes.Take(shown).Select(describe));
        return nodes.Count > shown ? string.Create(CultureInfo.InvariantCulture, $"{names} (+{nodes.Count - shown} more)") : names;
    }

    private string InstanceText(ModuleResult result) =>
        showInstance && result.Attempts > 0 ? string.Create(CultureInfo.InvariantCulture, $" on instance {result.InstanceIndex}") : string.Empty;

    private static string AttemptsText(ModuleResult result) =>
        result.Attempts > 1 ? string.Create(CultureInfo.InvariantCulture, $" after {result.Attempts} attempts") : string.Empty;
}
