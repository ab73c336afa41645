using System.Globalization;
using Microsoft.Extensions.Logging;

namespace ModularPipelines.Distributed;

/// <summary>The lines a user watches while the pipeline runs: one when each module starts and one when it ends.</summary>
internal sealed class PipelineProgress(ILogger logger, int totalModules, bool showInstance)
{
    private int _finished;

    public void Started(GraphNode node, int attempt, int maxAttempts)
    {
        var attemptText = maxAttempts > 1 ? $" (attempt {attempt}/{maxAttempts})" : string.Empty;
        logger.LogInformation("start  {Module}{Attempt}", node.DisplayName, attemptText);
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
                logger.LogInformation("ok     {Module} in {Duration}{Attempts}{Instance} {Progress}",
                    result.DisplayName, DurationText.Format(result.Duration), AttemptsText(result), InstanceText(result), progress);
                break;
            case ModuleStatus.Skipped:
                logger.LogInformation("skip   {Module}: {Reason} {Progress}", result.DisplayName, result.SkipReason, progress);
                break;
            case ModuleStatus.Cancelled:
                logger.LogWarning("cancel {Module}: {Reason} {Progress}", result.DisplayName, result.SkipReason, progress);
                break;
            default:
                logger.LogError("FAIL   {Module} {Status} in {Duration}{Attempts}{Instance} {Progress}\n{Details}",
                    result.DisplayName, result.Status, DurationText.Format(result.Duration), AttemptsText(result), InstanceText(result), progress, result.Error?.Details);
                break;
        }
    }

    public void Requeued(GraphNode node, WorkLease lease) =>
        logger.LogWarning("requeue {Module}: instance {Instance} stopped renewing its lease (attempt {Attempt}); it runs again elsewhere",
            node.DisplayName, lease.InstanceIndex, lease.Attempt);

    /// <summary>A periodic line on a distributed master: what is done and what is still out, so a long wait is explained.</summary>
    public void Outstanding(IReadOnlyCollection<GraphNode> dispatched)
    {
        const int shown = 6;
        var names = string.Join(", ", dispatched.Take(shown).Select(n => n.DisplayName));
        var more = dispatched.Count > shown ? string.Create(CultureInfo.InvariantCulture, $" (+{dispatched.Count - shown} more)") : string.Empty;
        logger.LogInformation("wait   {Done}/{Total} done; queued or running: {Modules}{More}", Volatile.Read(ref _finished), totalModules, names, more);
    }

    public void Stopping(GraphNode failed) =>
        logger.LogError("stop   {Module} failed: no new modules start except [AlwaysRun] ones; running modules finish", failed.DisplayName);

    private string InstanceText(ModuleResult result) =>
        showInstance && result.Attempts > 0 ? string.Create(CultureInfo.InvariantCulture, $" on instance {result.InstanceIndex}") : string.Empty;

    private static string AttemptsText(ModuleResult result) =>
        result.Attempts > 1 ? string.Create(CultureInfo.InvariantCulture, $" after {result.Attempts} attempts") : string.Empty;
}
