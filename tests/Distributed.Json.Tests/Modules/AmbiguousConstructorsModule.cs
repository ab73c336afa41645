using ModularPipelines.Distributed.Json.Tests.Unsupported;

namespace ModularPipelines.Distributed.Json.Tests.Modules;

public sealed class AmbiguousConstructorsModule : Module<AmbiguousConstructors>
{
    protected override Task<AmbiguousConstructors?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        Task.FromResult<AmbiguousConstructors?>(default);
}
