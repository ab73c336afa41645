using ModularPipelines.Distributed.Json.Tests.Shapes;

namespace ModularPipelines.Distributed.Json.Tests.Modules;

public sealed class RenamedRecordModule : Module<RenamedRecord>
{
    protected override Task<RenamedRecord?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        Task.FromResult<RenamedRecord?>(default);
}
