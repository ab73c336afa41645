using ModularPipelines.Distributed.Json.Tests.Unsupported;

namespace ModularPipelines.Distributed.Json.Tests.Modules;

public sealed class CustomListModule : Module<CustomList>
{
    protected override Task<CustomList?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        Task.FromResult<CustomList?>(default);
}
