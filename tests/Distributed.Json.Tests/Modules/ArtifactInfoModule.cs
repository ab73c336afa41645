using ModularPipelines.Distributed.Json.Tests.Shapes;

namespace ModularPipelines.Distributed.Json.Tests.Modules;

public sealed class ArtifactInfoModule : Module<ArtifactInfo>
{
    protected override Task<ArtifactInfo?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        Task.FromResult<ArtifactInfo?>(default);
}
