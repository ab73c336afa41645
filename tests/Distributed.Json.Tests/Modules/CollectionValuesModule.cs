using ModularPipelines.Distributed.Json.Tests.Shapes;

namespace ModularPipelines.Distributed.Json.Tests.Modules;

public sealed class CollectionValuesModule : Module<CollectionValues>
{
    protected override Task<CollectionValues?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        Task.FromResult<CollectionValues?>(default);
}
