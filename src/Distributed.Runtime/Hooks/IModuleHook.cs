namespace ModularPipelines.Distributed;

/// <summary>
/// Code that runs around every module attempt: register implementations in <see cref="PipelineBuilder.Services"/>
/// (<c>builder.Services.AddSingleton&lt;IModuleHook, MyHook&gt;()</c>). Hooks run on the instance that runs the module, in
/// registration order, once per attempt (a retried module calls them again); a skipped module has no attempt and calls
/// none. Both methods do nothing unless implemented.
/// </summary>
public interface IModuleHook
{
    /// <summary>
    /// Called before the attempt, before the module is constructed. An exception fails the attempt with it (the
    /// module's <see cref="ModuleRetryAttribute"/> applies) and the module does not run; the after-hooks still run.
    /// </summary>
    /// <param name="context">The attempt's context: <see cref="IModuleContext.ModuleId"/>, <see cref="IModuleContext.Attempt"/>, logger, services.</param>
    /// <param name="cancellationToken">The attempt's token: cancelled by the run, or by the module's timeout.</param>
    /// <returns>A task that completes when the hook is done.</returns>
    ValueTask BeforeAttemptAsync(IModuleContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    /// <summary>
    /// Called after every attempt, whatever its outcome, with its result. An exception is logged as a warning on the
    /// module's logger and changes nothing: the attempt's result stands.
    /// </summary>
    /// <param name="context">The attempt's context.</param>
    /// <param name="result">
    /// This attempt's result: its <see cref="ModuleResult.Status"/>, <see cref="ModuleResult.Error"/>, duration and, when it
    /// succeeded, its value (a <see cref="ModuleResult{T}"/> of the module's result type); <see cref="ModuleResult.Attempts"/>
    /// is the attempt's number.
    /// </param>
    /// <param name="cancellationToken">Cancelled when the run is.</param>
    /// <returns>A task that completes when the hook is done.</returns>
    ValueTask AfterAttemptAsync(IModuleContext context, ModuleResult result, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
