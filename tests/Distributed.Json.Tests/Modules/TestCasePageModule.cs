using ModularPipelines.Distributed.Json.Tests.Shapes;

namespace ModularPipelines.Distributed.Json.Tests.Modules;

public sealed class TestCasePageModule : Module<Page<TestCase>>
{
    protected override Task<Page<TestCase>?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        Task.FromResult<Page<TestCase>?>(default);
}
