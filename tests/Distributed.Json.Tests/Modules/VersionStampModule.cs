using ModularPipelines.Distributed.Json.Tests.Shapes;

namespace ModularPipelines.Distributed.Json.Tests.Modules;

public sealed class VersionStampModule : Module<VersionStamp>
{
    protected override Task<VersionStamp?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        Task.FromResult<VersionStamp?>(default);
}
