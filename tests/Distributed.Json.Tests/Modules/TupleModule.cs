namespace ModularPipelines.Distributed.Json.Tests.Modules;

public sealed class TupleModule : Module<(int Count, string Name)>
{
    protected override Task<(int Count, string Name)> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        Task.FromResult<(int Count, string Name)>(default);
}
