namespace ModularPipelines.Distributed;

/// <summary>
/// Decides whether a module runs, named by <see cref="SkipIfAttribute{TCondition}"/>. Constructed by generated code
/// with its constructor's arguments from the pipeline's services, on the instance that runs the module.
/// </summary>
public interface ISkipCondition
{
    /// <summary>Returns why the module is skipped, or <see langword="null"/> to let it run.</summary>
    /// <param name="context">
    /// The module's context (its id, logger, services and declared dependencies), as its first attempt will see it.
    /// </param>
    /// <param name="cancellationToken">Cancelled when the run is.</param>
    /// <returns>The reason shown in the module's result and the summary, or <see langword="null"/>.</returns>
    ValueTask<string?> ShouldSkipAsync(IModuleContext context, CancellationToken cancellationToken);
}
