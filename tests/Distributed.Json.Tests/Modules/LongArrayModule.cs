namespace ModularPipelines.Distributed.Json.Tests.Modules;

public sealed class LongArrayModule : Module<long[]>
{
    protected override Task<long[]?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        Task.FromResult<long[]?>(default);
}
