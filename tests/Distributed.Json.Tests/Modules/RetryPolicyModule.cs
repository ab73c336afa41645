using ModularPipelines.Distributed.Json.Tests.Shapes;

namespace ModularPipelines.Distributed.Json.Tests.Modules;

public sealed class RetryPolicyModule : Module<RetryPolicy>
{
    protected override Task<RetryPolicy?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        Task.FromResult<RetryPolicy?>(default);
}
