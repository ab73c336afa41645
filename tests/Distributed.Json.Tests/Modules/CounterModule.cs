using ModularPipelines.Distributed.Json.Tests.Shapes;

namespace ModularPipelines.Distributed.Json.Tests.Modules;

public sealed class CounterModule : Module<Counter>
{
    protected override Task<Counter> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        Task.FromResult<Counter>(default);
}
