using ModularPipelines.Distributed.Json.Tests.Unsupported;

namespace ModularPipelines.Distributed.Json.Tests.Modules;

public sealed class ObjectPropertyModule : Module<ObjectProperty>
{
    protected override Task<ObjectProperty?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        Task.FromResult<ObjectProperty?>(default);
}
