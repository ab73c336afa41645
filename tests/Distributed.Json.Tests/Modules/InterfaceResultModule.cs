using ModularPipelines.Distributed.Json.Tests.Unsupported;

namespace ModularPipelines.Distributed.Json.Tests.Modules;

public sealed class InterfaceResultModule : Module<IResult>
{
    protected override Task<IResult?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        Task.FromResult<IResult?>(default);
}
