using ModularPipelines.Distributed.Json.Tests.Shapes;

namespace ModularPipelines.Distributed.Json.Tests.Modules;

public sealed class DeploymentInfoModule : Module<DeploymentInfo>
{
    protected override Task<DeploymentInfo?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        Task.FromResult<DeploymentInfo?>(default);
}
