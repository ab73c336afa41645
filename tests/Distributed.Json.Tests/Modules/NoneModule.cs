namespace ModularPipelines.Distributed.Json.Tests.Modules;

public sealed class NoneModule : Module<None>
{
    protected override Task<None?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        Task.FromResult<None?>(default);
}
