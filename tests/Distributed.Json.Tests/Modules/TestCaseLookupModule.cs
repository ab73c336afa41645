using ModularPipelines.Distributed.Json.Tests.Shapes;

namespace ModularPipelines.Distributed.Json.Tests.Modules;

public sealed class TestCaseLookupModule : Module<IReadOnlyDictionary<string, TestCase>>
{
    protected override Task<IReadOnlyDictionary<string, TestCase>?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<string, TestCase>?>(default);
}
