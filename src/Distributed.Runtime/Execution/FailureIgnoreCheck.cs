using Microsoft.Extensions.Logging;

namespace ModularPipelines.Distributed;

/// <summary>
/// Asks a failed node's <see cref="IgnoreFailureIfAttribute{TCondition}"/> conditions, in declaration order, whether its
/// failure counts: the first reason ignores it.
/// </summary>
internal static class FailureIgnoreCheck
{
    /// <summary>Why the failure is ignored, or null when it counts.</summary>
    /// <remarks>
    /// A condition that cannot be built or throws leaves the failure counting, with a warning: the module failed already,
    /// and a broken condition must not turn that into a success.
    /// </remarks>
    public static async Task<string?> EvaluateAsync(GraphNode node, IModuleContext context, IServiceProvider services, ILogger logger, CancellationToken runToken)
    {
        try
        {
            return await ConditionCheck.FirstReasonAsync(node.Definition.IgnoreFailureConditions, context, services, "failure ignored by", runToken)
                .ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (runToken.IsCancellationRequested)
        {
            return null;
        }
        catch (Exception exception)
        {
            logger.LogWarning("{Module}'s failure counts: one of its [IgnoreFailureIf] conditions failed with {Error}", node.DisplayName, ModuleError.FromException(exception));
            return null;
        }
    }
}
