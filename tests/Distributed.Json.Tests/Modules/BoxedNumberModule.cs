using ModularPipelines.Distributed.Json.Tests.Shapes;

namespace ModularPipelines.Distributed.Json.Tests.Modules;

public sealed class BoxedNumberModule : Module<Boxed<int>>
{
    protected override Task<Boxed<int>?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        Task.FromResult<Boxed<int>?>(default);
}
