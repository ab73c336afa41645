namespace ModularPipelines.Distributed.Json.Tests.Modules;

public sealed class TimestampModule : Module<DateTimeOffset>
{
    protected override Task<DateTimeOffset> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        Task.FromResult<DateTimeOffset>(default);
}
