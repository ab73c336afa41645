using Microsoft.Extensions.Logging;
using ModularPipelines.Distributed;

namespace Consumer;

public sealed class Greeting
{
    public string Text { get; } = "from the container";
}

public sealed record BuildOutput(string Configuration, IReadOnlyList<string> Assemblies);

public sealed record TestResult(int Passed, int Failed);

public sealed class BuildModule(Greeting greeting) : Module<BuildOutput>
{
    protected override async Task<BuildOutput?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken)
    {
        context.Logger.LogInformation("building {Greeting}", greeting.Text);
        await Task.Delay(10, cancellationToken);
        Console.WriteLine($"ran BuildModule ({greeting.Text})");
        return new BuildOutput("Release", ["App.dll", "App.Core.dll"]);
    }
}

[DependsOn<BuildModule>]
[MatrixTarget("alpha", "beta", "gamma")]
public sealed class MatrixTests : Module<TestResult>
{
    protected override async Task<TestResult?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken)
    {
        ModuleResult<BuildOutput> build = await context.GetModule<BuildModule>();
        string target = context.GetMatrixTarget()!;
        Console.WriteLine($"ran MatrixTests[{target}] after {build.Value!.Configuration}");
        return new TestResult(build.Value.Assemblies.Count, 0);
    }
}

[PinToMaster]
[NotInParallel("nuget")]
[DependsOn<MatrixTests>]
public sealed class PublishModule : Module<string>
{
    protected override async Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken)
    {
        ModuleResult<TestResult> beta = await context.GetModule<MatrixTests>("beta");
        IReadOnlyList<string> targets = context.GetMatrixTargets<MatrixTests>();
        Console.WriteLine($"ran PublishModule: beta {beta.Status} with {beta.Value!.Passed} passed, {targets.Count} targets");
        return $"{beta.Status}:{targets.Count}";
    }
}
