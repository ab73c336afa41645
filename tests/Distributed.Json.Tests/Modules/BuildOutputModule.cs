using ModularPipelines.Distributed.Json.Tests.Shapes;

namespace ModularPipelines.Distributed.Json.Tests.Modules;

public sealed class BuildOutputModule : Module<BuildOutput>
{
    protected override Task<BuildOutput?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        Task.FromResult<BuildOutput?>(default);
}
