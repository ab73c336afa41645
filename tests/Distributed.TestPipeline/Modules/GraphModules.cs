namespace ModularPipelines.Distributed.TestPipeline;

// The placement graph: a seed, a matrix routed by target capability, a pinned module that reads every matrix
// instance, and a capability module. All return values derived from their dependencies, so a run anywhere can be
// compared with a run in one process.

/// <summary>The root every matrix instance reads.</summary>
public sealed class Seed : Module<SeedValue>
{
    protected override Task<SeedValue?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        new Trace(context, "Seed", cancellationToken).RunAsync<SeedValue?>(() => Task.FromResult<SeedValue?>(new SeedValue(42, "seed", ["a", "b", "c"])));
}

/// <summary>Three nodes, each requiring the capability of its target.</summary>
[DependsOn<Seed>]
[MatrixTarget("windows", "linux", "macos")]
public sealed class Matrix : Module<MatrixValue>
{
    protected override Task<MatrixValue?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken)
    {
        var target = context.GetMatrixTarget()!;
        return new Trace(context, "Matrix-" + target, cancellationToken).RunAsync<MatrixValue?>(async () =>
        {
            ModuleResult<SeedValue> seed = await context.GetModule<Seed>();
            var value = seed.Value!;
            return new MatrixValue(target, value.Number * 2 + target.Length, $"{value.Text}:{string.Join("", value.Items)}:{target}");
        });
    }
}

/// <summary>Runs on the master only, after every matrix instance.</summary>
[PinToMaster]
[DependsOn<Matrix>]
public sealed class Pinned : Module<string>
{
    protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        new Trace(context, "Pinned", cancellationToken).RunAsync<string?>(async () =>
        {
            var parts = new List<string>();
            foreach (var target in context.GetMatrixTargets<Matrix>())
            {
                ModuleResult<MatrixValue> result = await context.GetModule<Matrix>(target);
                parts.Add(result.Value is { } value ? $"{value.Target}={value.Number}/{value.Text}" : $"{target}:{result.Status}");
            }

            return string.Join(";", parts);
        });
}

/// <summary>Runs only where "docker" is advertised.</summary>
[RequiresCapability("docker")]
public sealed class DockerImage : Module<string>
{
    protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        new Trace(context, "DockerImage", cancellationToken).RunAsync<string?>(() => Task.FromResult<string?>("image:sha256-1234"));
}

/// <summary>Runs only where "gpu" is advertised; a test leaves it unadvertised to see it fail after the capability timeout.</summary>
[RequiresCapability("gpu")]
public sealed class GpuModule : Module<string>
{
    protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        new Trace(context, "GpuModule", cancellationToken).RunAsync<string?>(() => Task.FromResult<string?>("gpu"));
}

/// <summary>
/// Pinned to the master and requiring "gpu": it runs on a master that advertises gpu and fails at once on one that
/// does not. Its name sorts first among the pinned modules, so the graph meets it before them (the queue plan once let
/// the first pinned node it met decide what every pinned node required). It waits for <see cref="Source"/>, a plain
/// pinned module, and for <see cref="GpuModule"/>, so that its failure stops the run only after both have finished.
/// </summary>
[PinToMaster]
[RequiresCapability("gpu")]
[DependsOn<Source>]
[DependsOn<GpuModule>]
public sealed class AcceleratedOnMaster : Module<string>
{
    protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        new Trace(context, "AcceleratedOnMaster", cancellationToken).RunAsync<string?>(async () =>
            $"{(await context.GetModule<Source>()).Value!.Label}+{(await context.GetModule<GpuModule>()).Value}");
}
