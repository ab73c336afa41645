using ModularPipelines.Distributed.Json.Tests.Shapes;

namespace ModularPipelines.Distributed.Json.Tests.Modules;

public sealed class PrimitiveValuesModule : Module<PrimitiveValues>
{
    protected override Task<PrimitiveValues?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        Task.FromResult<PrimitiveValues?>(default);
}
