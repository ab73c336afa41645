namespace ModularPipelines.Distributed.Json.Tests.Modules;

public sealed class NumberKeyedDictionaryModule : Module<Dictionary<int, string>>
{
    protected override Task<Dictionary<int, string>?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        Task.FromResult<Dictionary<int, string>?>(default);
}
