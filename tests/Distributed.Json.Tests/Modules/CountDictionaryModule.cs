namespace ModularPipelines.Distributed.Json.Tests.Modules;

public sealed class CountDictionaryModule : Module<Dictionary<string, int>>
{
    protected override Task<Dictionary<string, int>?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        Task.FromResult<Dictionary<string, int>?>(default);
}
