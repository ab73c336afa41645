using ModularPipelines.Distributed.Json.Tests.Shapes;

namespace ModularPipelines.Distributed.Json.Tests.Modules;

public sealed class MeasurementModule : Module<Measurement>
{
    protected override Task<Measurement> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        Task.FromResult<Measurement>(default);
}
