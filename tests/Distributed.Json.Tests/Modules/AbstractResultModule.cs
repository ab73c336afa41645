using ModularPipelines.Distributed.Json.Tests.Unsupported;

namespace ModularPipelines.Distributed.Json.Tests.Modules;

public sealed class AbstractResultModule : Module<AbstractResult>
{
    protected override Task<AbstractResult?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        Task.FromResult<AbstractResult?>(default);
}
