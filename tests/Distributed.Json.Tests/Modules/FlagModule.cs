namespace ModularPipelines.Distributed.Json.Tests.Modules;

public sealed class FlagModule : Module<bool>
{
    protected override Task<bool> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        Task.FromResult<bool>(default);
}
