using ModularPipelines.Distributed.Json.Tests.Shapes;

namespace ModularPipelines.Distributed.Json.Tests.Modules;

public sealed class CoordinatesModule : Module<Coordinates>
{
    protected override Task<Coordinates> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        Task.FromResult<Coordinates>(default);
}
