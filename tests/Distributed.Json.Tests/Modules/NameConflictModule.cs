using ModularPipelines.Distributed.Json.Tests.Unsupported;

namespace ModularPipelines.Distributed.Json.Tests.Modules;

public sealed class NameConflictModule : Module<NameConflict>
{
    protected override Task<NameConflict?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        Task.FromResult<NameConflict?>(default);
}
