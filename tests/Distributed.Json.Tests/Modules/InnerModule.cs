using ModularPipelines.Distributed.Json.Tests.Shapes;

namespace ModularPipelines.Distributed.Json.Tests.Modules;

public sealed class InnerModule : Module<Outer.Inner>
{
    protected override Task<Outer.Inner?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        Task.FromResult<Outer.Inner?>(default);
}
