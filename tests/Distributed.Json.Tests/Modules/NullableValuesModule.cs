using ModularPipelines.Distributed.Json.Tests.Shapes;

namespace ModularPipelines.Distributed.Json.Tests.Modules;

public sealed class NullableValuesModule : Module<NullableValues>
{
    protected override Task<NullableValues?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        Task.FromResult<NullableValues?>(default);
}
