using ModularPipelines.Distributed.Json.Tests.Shapes;

namespace ModularPipelines.Distributed.Json.Tests.Modules;

public sealed class TestReportModule : Module<TestReport>
{
    protected override Task<TestReport?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        Task.FromResult<TestReport?>(default);
}
