namespace ModularPipelines.Distributed;

/// <summary>
/// Asks a node's <see cref="SkipIfAttribute{TCondition}"/> conditions, in declaration order, whether it runs: the first
/// reason skips it, and a condition that cannot be built or throws fails it with that exception.
/// </summary>
internal static class SkipConditionCheck
{
    /// <summary>Null when the node runs; otherwise how it ended without an attempt.</summary>
    public static async Task<ModuleOutcome?> EvaluateAsync(
        GraphNode node, IModuleContext context, IServiceProvider services, DateTimeOffset startedAt, Func<TimeSpan> elapsed, CancellationToken runToken)
    {
        string? reason;
        try
        {
            reason = await ConditionCheck.FirstReasonAsync(node.Definition.SkipConditions, context, services, "skipped by", runToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (runToken.IsCancellationRequested)
        {
            return NotRun(ModuleStatus.Cancelled, SkipReason: "the run was cancelled while the module's skip conditions were checked");
        }
        catch (Exception exception)
        {
            return NotRun(ModuleStatus.Failed, ModuleError.FromException(exception));
        }

        return reason is null ? null : NotRun(ModuleStatus.Skipped, SkipReason: reason);

        ModuleOutcome NotRun(ModuleStatus status, ModuleError? Error = null, string? SkipReason = null) =>
            new(status, startedAt, elapsed(), Attempts: 0, context.InstanceIndex, Error, SkipReason);
    }
}
