namespace ModularPipelines.Distributed.Redis.Tests.Telemetry;

/// <summary>A module that returns its name: what it does is beside the point, where it runs and what it records is not.</summary>
public sealed class NamedModule(string name) : Module<string>
{
    protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        Task.FromResult<string?>(name);
}
