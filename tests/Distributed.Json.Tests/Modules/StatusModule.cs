using ModularPipelines.Distributed.Json.Tests.Shapes;

namespace ModularPipelines.Distributed.Json.Tests.Modules;

public sealed class StatusModule : Module<BuildStatus>
{
    protected override Task<BuildStatus> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        Task.FromResult<BuildStatus>(default);
}
