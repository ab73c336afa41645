using ModularPipelines.Distributed.Json.Tests.Shapes;

namespace ModularPipelines.Distributed.Json.Tests.Modules;

public sealed class TwoConstructorsModule : Module<TwoConstructors>
{
    protected override Task<TwoConstructors?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        Task.FromResult<TwoConstructors?>(default);
}
