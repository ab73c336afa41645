using ModularPipelines.Distributed.Json.Tests.Unsupported;

namespace ModularPipelines.Distributed.Json.Tests.Modules;

public sealed class UnboundParameterModule : Module<UnboundParameter>
{
    protected override Task<UnboundParameter?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        Task.FromResult<UnboundParameter?>(default);
}
