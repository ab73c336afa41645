using ModularPipelines.Distributed.Json.Tests.Shapes;

namespace ModularPipelines.Distributed.Json.Tests.Modules;

public sealed class BuildOutputEnvelopeModule : Module<Envelope<BuildOutput>>
{
    protected override Task<Envelope<BuildOutput>?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        Task.FromResult<Envelope<BuildOutput>?>(default);
}
