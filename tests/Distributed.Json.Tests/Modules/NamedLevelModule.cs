using ModularPipelines.Distributed.Json.Tests.Unsupported;

namespace ModularPipelines.Distributed.Json.Tests.Modules;

public sealed class NamedLevelModule : Module<NamedLevel>
{
    protected override Task<NamedLevel> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        Task.FromResult<NamedLevel>(default);
}
