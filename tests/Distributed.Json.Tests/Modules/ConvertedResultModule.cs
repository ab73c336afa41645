using ModularPipelines.Distributed.Json.Tests.Unsupported;

namespace ModularPipelines.Distributed.Json.Tests.Modules;

public sealed class ConvertedResultModule : Module<ConvertedResult>
{
    protected override Task<ConvertedResult?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        Task.FromResult<ConvertedResult?>(default);
}
