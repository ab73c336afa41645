namespace ModularPipelines.Distributed.TestPipeline;

// Three modules sharing the key "k": two on workers, one on the master, so the key must hold across processes.
// In the "graph" scenario each holds the key for a while, long enough for an overlap to show.

/// <summary>Shared body: a short sleep in the "graph" scenario.</summary>
internal static class Exclusive
{
    public static Task<string?> RunAsync(IModuleContext context, string key, CancellationToken cancellationToken) =>
        new Trace(context, key, cancellationToken).RunAsync<string?>(async () =>
        {
            if (Control.Is("graph"))
            {
                await Task.Delay(250, cancellationToken);
            }

            return key;
        });
}

/// <summary>Holds "k" on a worker.</summary>
[NotInParallel("k")]
[RequiresCapability("worker")]
public sealed class ExclusiveA : Module<string>
{
    protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        Exclusive.RunAsync(context, "ExclusiveA", cancellationToken);
}

/// <summary>Holds "k" on a worker.</summary>
[NotInParallel("k")]
[RequiresCapability("worker")]
public sealed class ExclusiveB : Module<string>
{
    protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        Exclusive.RunAsync(context, "ExclusiveB", cancellationToken);
}

/// <summary>Holds "k" on the master.</summary>
[NotInParallel("k")]
[PinToMaster]
public sealed class ExclusiveOnMaster : Module<string>
{
    protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        Exclusive.RunAsync(context, "ExclusiveOnMaster", cancellationToken);
}
