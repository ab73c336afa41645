using ModularPipelines.Distributed.Json.Tests.Shapes;

namespace ModularPipelines.Distributed.Json.Tests.Modules;

public sealed class DerivedResultModule : Module<DerivedResult>
{
    protected override Task<DerivedResult?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        Task.FromResult<DerivedResult?>(default);
}
