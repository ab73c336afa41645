using ModularPipelines.Distributed.Json.Tests.Shapes;

namespace ModularPipelines.Distributed.Json.Tests.Modules;

public sealed class ExtendedValuesModule : Module<ExtendedValues>
{
    protected override Task<ExtendedValues?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        Task.FromResult<ExtendedValues?>(default);
}
