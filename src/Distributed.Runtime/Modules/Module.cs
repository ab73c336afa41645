using System.Runtime.CompilerServices;

namespace ModularPipelines.Distributed;

/// <summary>
/// A unit of pipeline work that produces a <typeparamref name="T"/>. Modules are discovered at build
/// time by the generator: declare dependencies and placement with attributes such as
/// <see cref="DependsOnAttribute{TModule}"/> and <see cref="MatrixTargetAttribute"/>, and receive services
/// through the constructor.
/// </summary>
/// <typeparam name="T">The result type; <see cref="None"/> for modules with nothing to return.</typeparam>
public abstract class Module<T> : ModuleBase
{
    private Func<Task<ModuleResult<T>>>? _resultSource;

    /// <summary>Does the module's work.</summary>
    /// <param name="context">The module's view of the running pipeline: logger, services and dependency results.</param>
    /// <param name="cancellationToken">Signalled when the module times out or the run is cancelled.</param>
    /// <returns>The module's result value.</returns>
    protected abstract Task<T?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken);

    /// <summary>
    /// Makes a module handle returned by <see cref="IModuleContext.GetModule{TModule}()"/> awaitable:
    /// the await yields the module's typed result, fetched from wherever it ran.
    /// </summary>
    /// <returns>An awaiter for the module's result.</returns>
    /// <exception cref="InvalidOperationException">The instance was not obtained from a running pipeline.</exception>
    public TaskAwaiter<ModuleResult<T>> GetAwaiter()
    {
        var source = _resultSource ?? throw new InvalidOperationException(
            $"{GetType().Name} was not obtained from a running pipeline: await modules returned by IModuleContext.GetModule<T>(), not instances you created.");
        return source().GetAwaiter();
    }

    internal Task<T?> InvokeExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        ExecuteAsync(context, cancellationToken);

    internal void BindResult(Func<Task<ModuleResult<T>>> resultSource) => _resultSource = resultSource;
}
