using ModularPipelines.Distributed.Json.Tests.Shapes;

namespace ModularPipelines.Distributed.Json.Tests.Modules;

public sealed class CoordinatesListModule : Module<List<Coordinates>>
{
    protected override Task<List<Coordinates>?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        Task.FromResult<List<Coordinates>?>(default);
}
