namespace ModularPipelines.Distributed.Runtime.Tests.Support;

public sealed record BuildOutput(string Configuration, IReadOnlyList<string> Assemblies);

/// <summary>A dependency with a typed, structured result.</summary>
public sealed class BuildModule : Module<BuildOutput>
{
    protected override Task<BuildOutput?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        Task.FromResult<BuildOutput?>(new BuildOutput("Release", ["App.dll", "App.Core.dll"]));
}

/// <summary>A matrix module whose result is its own target.</summary>
public sealed class PlatformBuild : Module<string>
{
    protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        Task.FromResult<string?>($"built on {context.GetMatrixTarget()}");
}

/// <summary>A module nobody declares a dependency on.</summary>
public sealed class UnrelatedModule : Module<int>
{
    protected override Task<int> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) => Task.FromResult(42);
}

/// <summary>A module that reads the pipeline through a delegate and returns what it found as text.</summary>
public sealed class ReaderModule : Module<string>
{
    private readonly Func<IModuleContext, Task<string?>> _read;

    public ReaderModule(Func<IModuleContext, Task<string?>> read) => _read = read;

    protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) => _read(context);
}
