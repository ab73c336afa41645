namespace ModularPipelines.Distributed.Json.Tests.Modules;

public sealed class IdentifierModule : Module<Guid>
{
    protected override Task<Guid> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        Task.FromResult<Guid>(default);
}
