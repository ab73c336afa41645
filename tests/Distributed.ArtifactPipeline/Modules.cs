using ModularPipelines.Distributed.TestPipeline;

namespace ModularPipelines.Distributed.ArtifactPipeline;

/// <summary>Writes the build's files on an instance advertising "producer" and publishes them, symbols excluded.</summary>
[RequiresCapability("producer")]
[ProducesArtifact("bin", "out/bin/**", "!out/bin/**/*.pdb")]
public sealed class Compile : Module<string>
{
    protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        new Trace(context, "Compile", cancellationToken).RunAsync<string?>(async () =>
        {
            await BuildFiles.WriteAllAsync(context.Artifacts.WorkspaceRoot, cancellationToken);
            return "compiled";
        });
}

/// <summary>Between the build and its consumers: in the tamper scenario it waits for release.gate while the test edits the store.</summary>
[DependsOn<Compile>]
public sealed class Gate : Module<string>
{
    protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        new Trace(context, "Gate", cancellationToken).RunAsync<string?>(async () =>
        {
            if (Control.Is("tamper"))
            {
                await Control.WaitForFileAsync("release.gate", cancellationToken);
            }

            return "open";
        });
}

/// <summary>Checks every byte of the build it received, on an instance advertising "consumer".</summary>
[RequiresCapability("consumer")]
[ConsumesArtifact<Compile>("bin")]
[DependsOn<Gate>]
public sealed class UnitTests : Module<string>
{
    protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        new Trace(context, "UnitTests", cancellationToken).RunAsync(() => Received.CheckAsync(context, cancellationToken));
}

/// <summary>The second consumer of the same artifact: on the same instance, it shares the first one's download.</summary>
[RequiresCapability("consumer")]
[ConsumesArtifact<Compile>("bin")]
[DependsOn<Gate>]
public sealed class IntegrationTests : Module<string>
{
    protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        new Trace(context, "IntegrationTests", cancellationToken).RunAsync(() => Received.CheckAsync(context, cancellationToken));
}
