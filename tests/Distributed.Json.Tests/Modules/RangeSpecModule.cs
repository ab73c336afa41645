using ModularPipelines.Distributed.Json.Tests.Shapes;

namespace ModularPipelines.Distributed.Json.Tests.Modules;

public sealed class RangeSpecModule : Module<RangeSpec>
{
    protected override Task<RangeSpec> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        Task.FromResult<RangeSpec>(default);
}
