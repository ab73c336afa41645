using ModularPipelines.Distributed.Json.Tests.Shapes;

namespace ModularPipelines.Distributed.Json.Tests.Modules;

public sealed class AnnotatedResultModule : Module<AnnotatedResult>
{
    protected override Task<AnnotatedResult?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        Task.FromResult<AnnotatedResult?>(default);
}
