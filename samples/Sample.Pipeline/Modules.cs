using Microsoft.Extensions.Logging;
using ModularPipelines.Distributed;

namespace Sample.Pipeline;

public sealed class MyService { public string Name { get; } = "svc"; }

public sealed record BuildOutput(string Configuration, IReadOnlyList<string> Assemblies);
public sealed record TestResult(int Passed, int Failed);

public sealed class BuildModule(MyService service) : Module<string>
{
    protected override async Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken)
    {
        context.Logger.LogInformation("building with {Service}", service.Name);
        await Task.Delay(10, cancellationToken);
        return "Release";
    }
}

[DependsOn<BuildModule>]
[MatrixTarget("windows", "linux", "macos")]
public sealed class CrossPlatformTests : Module<string>
{
    protected override async Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken)
    {
        ModuleResult<string> build = await context.GetModule<BuildModule>();
        return build.Value + ":" + context.GetMatrixTarget();
    }
}

[PinToMaster]
[NotInParallel("nuget")]
[DependsOn<CrossPlatformTests>]
public sealed class PublishModule : Module<string>
{
    protected override async Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken)
    {
        ModuleResult<string> linux = await context.GetModule<CrossPlatformTests>("linux");
        IReadOnlyList<string> targets = context.GetMatrixTargets<CrossPlatformTests>();
        return $"{linux.Status}:{targets.Count}";
    }
}
