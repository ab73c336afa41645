using System.ComponentModel;

namespace ModularPipelines.Distributed;

/// <summary>
/// A graph node whose module class and result type are known at build time, with a factory that calls the
/// module's constructor directly. Created by generated code.
/// </summary>
/// <typeparam name="TModule">The module class.</typeparam>
/// <typeparam name="TResult">The module's result type.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ModuleDefinition<TModule, TResult> : ModuleDefinition
    where TModule : Module<TResult>
{
    private readonly Func<IServiceProvider, TModule> _factory;

    /// <summary>Creates the node.</summary>
    /// <param name="id">The stable node id.</param>
    /// <param name="displayName">The name shown in logs.</param>
    /// <param name="factory">Creates the module, resolving constructor arguments from the services.</param>
    public ModuleDefinition(string id, string displayName, Func<IServiceProvider, TModule> factory)
        : base(id, displayName)
    {
        ArgumentNullException.ThrowIfNull(factory);
        _factory = factory;
    }

    /// <inheritdoc/>
    public override Type ModuleType => typeof(TModule);

    /// <inheritdoc/>
    public override Type ResultType => typeof(TResult);

    internal override ModuleBase CreateInstance(IServiceProvider services) => _factory(services);

    internal override async Task<object?> ExecuteAsync(ModuleBase instance, IModuleContext context, CancellationToken cancellationToken) =>
        await ((TModule)instance).InvokeExecuteAsync(context, cancellationToken).ConfigureAwait(false);

    internal override ModuleResult CreateResult(ModuleOutcome outcome, object? value) => new ModuleResult<TResult>
    {
        ModuleId = Id,
        DisplayName = DisplayName,
        MatrixTarget = MatrixTarget,
        Status = outcome.Status,
        Error = outcome.Error,
        SkipReason = outcome.SkipReason,
        FailureIgnoredReason = outcome.FailureIgnoredReason,
        StartedAt = outcome.StartedAt,
        Duration = outcome.Duration,
        Attempts = outcome.Attempts,
        InstanceIndex = outcome.InstanceIndex,
        ArtifactBytesIn = outcome.ArtifactBytesIn,
        ArtifactBytesOut = outcome.ArtifactBytesOut,
        Value = outcome.Status == ModuleStatus.Succeeded && value is not null ? (TResult)value : default,
    };

    internal override object? ValueOf(ModuleResult result) => ((ModuleResult<TResult>)result).Value;

    internal override void BindResult(ModuleBase instance, Func<Task<ModuleResult>> resultSource) =>
        ((TModule)instance).BindResult(async () => (ModuleResult<TResult>)await resultSource().ConfigureAwait(false));
}
