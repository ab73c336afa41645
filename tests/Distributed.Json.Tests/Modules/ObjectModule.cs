namespace ModularPipelines.Distributed.Json.Tests.Modules;

public sealed class ObjectModule : Module<object>
{
    protected override Task<object?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        Task.FromResult<object?>(default);
}
