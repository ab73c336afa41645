using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ModularPipelines.Distributed;

/// <summary>The <see cref="IModuleHook"/>s registered in the services, called around one attempt in registration order.</summary>
internal sealed class ModuleHooks
{
    private readonly IModuleHook[] _hooks;

    private ModuleHooks(IModuleHook[] hooks) => _hooks = hooks;

    public bool IsEmpty => _hooks.Length == 0;

    /// <summary>The hooks for one attempt: resolved per attempt, so a transient hook sees its before and after calls on one object.</summary>
    public static ModuleHooks Resolve(IServiceProvider services) => new([.. services.GetServices<IModuleHook>()]);

    /// <summary>Runs every before-hook; the first exception ends the attempt with it.</summary>
    public async Task BeforeAsync(IModuleContext context, CancellationToken cancellationToken)
    {
        foreach (var hook in _hooks)
        {
            await hook.BeforeAttemptAsync(context, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Runs every after-hook; an exception is logged and the next hook still runs, since the attempt is over.</summary>
    public async Task AfterAsync(IModuleContext context, ModuleResult result, CancellationToken cancellationToken)
    {
        foreach (var hook in _hooks)
        {
            try
            {
                await hook.AfterAttemptAsync(context, result, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception)
            {
                context.Logger.LogWarning(exception, "hook   {Hook} threw after attempt {Attempt} of {Module}: {Message}; the attempt's result stands",
                    hook.GetType().Name, context.Attempt, result.DisplayName, exception.Message);
            }
        }
    }
}
