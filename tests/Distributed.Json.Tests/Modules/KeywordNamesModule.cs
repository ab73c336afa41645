using ModularPipelines.Distributed.Json.Tests.Shapes;

namespace ModularPipelines.Distributed.Json.Tests.Modules;

public sealed class KeywordNamesModule : Module<KeywordNames>
{
    protected override Task<KeywordNames?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        Task.FromResult<KeywordNames?>(default);
}
