using ModularPipelines.Distributed.Json.Tests.Shapes;

namespace ModularPipelines.Distributed.Json.Tests.Modules;

public sealed class StepChainModule : Module<StepChain>
{
    protected override Task<StepChain?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        Task.FromResult<StepChain?>(default);
}
