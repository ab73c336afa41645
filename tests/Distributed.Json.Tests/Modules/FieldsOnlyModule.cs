using ModularPipelines.Distributed.Json.Tests.Unsupported;

namespace ModularPipelines.Distributed.Json.Tests.Modules;

public sealed class FieldsOnlyModule : Module<FieldsOnly>
{
    protected override Task<FieldsOnly?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        Task.FromResult<FieldsOnly?>(default);
}
