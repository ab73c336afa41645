using ModularPipelines.Distributed.Json.Tests.Shapes;

namespace ModularPipelines.Distributed.Json.Tests.Modules;

public sealed class NumberEnvelopeModule : Module<Envelope<int>>
{
    protected override Task<Envelope<int>?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        Task.FromResult<Envelope<int>?>(default);
}
