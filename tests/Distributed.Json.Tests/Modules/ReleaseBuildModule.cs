using ModularPipelines.Distributed.Json.Tests.Shapes;

namespace ModularPipelines.Distributed.Json.Tests.Modules;

/// <summary>Returns a real value, so a distributed run stores its JSON for the tests to compare with the context's.</summary>
public sealed class ReleaseBuildModule : Module<BuildOutput>
{
    public static BuildOutput Output { get; } = new("Release", ["App.dll", "App.Core.dll", "ünï \"quoted\".dll"]);

    protected override Task<BuildOutput?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        Task.FromResult<BuildOutput?>(Output);
}
