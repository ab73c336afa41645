namespace ModularPipelines.Distributed.Json.Tests.Modules;

public sealed class OptionalNumberModule : Module<int?>
{
    protected override Task<int?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        Task.FromResult<int?>(default);
}
