using ModularPipelines.Distributed.Json.Tests.Shapes;

namespace ModularPipelines.Distributed.Json.Tests.Modules;

public sealed class EnumValuesModule : Module<EnumValues>
{
    protected override Task<EnumValues?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        Task.FromResult<EnumValues?>(default);
}
