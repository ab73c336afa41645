namespace ModularPipelines.Distributed;

/// <summary>
/// Asks a node's conditions in declaration order for a reason: the one rule behind <see cref="SkipIfAttribute{TCondition}"/>
/// and <see cref="IgnoreFailureIfAttribute{TCondition}"/>.
/// </summary>
internal static class ConditionCheck
{
    /// <summary>The first condition's reason, or null when none gives one; throws what building or asking a condition throws.</summary>
    /// <param name="factories">The conditions' generated factories.</param>
    /// <param name="context">The module's context, as the conditions see it.</param>
    /// <param name="services">The pipeline's services, the factories' constructor arguments.</param>
    /// <param name="decidedBy">Words before the condition's name, for a condition that gives a blank reason.</param>
    /// <param name="cancellationToken">Cancelled when the run is.</param>
    public static async Task<string?> FirstReasonAsync(
        IReadOnlyList<Func<IServiceProvider, ISkipCondition>> factories, IModuleContext context, IServiceProvider services, string decidedBy,
        CancellationToken cancellationToken)
    {
        foreach (var factory in factories)
        {
            var condition = factory(services);
            if (await condition.ShouldSkipAsync(context, cancellationToken).ConfigureAwait(false) is { } reason)
            {
                // A blank reason still counts (the condition said so), but the summary should say who decided.
                return string.IsNullOrWhiteSpace(reason) ? $"{decidedBy} {condition.GetType().Name}" : reason;
            }
        }

        return null;
    }
}
