using ModularPipelines.Distributed.Json.Tests.Unsupported;

namespace ModularPipelines.Distributed.Json.Tests.Modules;

public sealed class PolymorphicResultModule : Module<PolymorphicResult>
{
    protected override Task<PolymorphicResult?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        Task.FromResult<PolymorphicResult?>(default);
}
