namespace ModularPipelines.Distributed.Json.Tests.Modules;

public sealed class TextModule : Module<string>
{
    protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        Task.FromResult<string?>(default);
}
