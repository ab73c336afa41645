using ModularPipelines.Distributed.Json.Tests.Shapes;

namespace ModularPipelines.Distributed.Json.Tests.Modules;

public sealed class ContractSettersModule : Module<ContractSetters>
{
    protected override Task<ContractSetters?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        Task.FromResult<ContractSetters?>(default);
}
