using ModularPipelines.Distributed.Json.Tests.Shapes;

namespace ModularPipelines.Distributed.Json.Tests.Modules;

public sealed class PackageResultModule : Module<PackageResult>
{
    protected override Task<PackageResult?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        Task.FromResult<PackageResult?>(default);
}
