namespace ModularPipelines.Distributed.Json.Tests.Modules;

public sealed class TagListModule : Module<List<string>>
{
    protected override Task<List<string>?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        Task.FromResult<List<string>?>(default);
}
