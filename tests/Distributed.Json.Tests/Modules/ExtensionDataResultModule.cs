using ModularPipelines.Distributed.Json.Tests.Unsupported;

namespace ModularPipelines.Distributed.Json.Tests.Modules;

public sealed class ExtensionDataResultModule : Module<ExtensionDataResult>
{
    protected override Task<ExtensionDataResult?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        Task.FromResult<ExtensionDataResult?>(default);
}
