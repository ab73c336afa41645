using System.Globalization;
using Microsoft.Extensions.Logging;

namespace ModularPipelines.Distributed.TestPipeline;

// Modules that run on workers only ("worker" is advertised by workers, never by the master), whose behaviour the
// reliability tests steer through MPD_TEST_SCENARIO.

/// <summary>
/// The module a test interferes with. kill: attempt 1 blocks until killed, later attempts succeed. stop: attempt 1
/// sleeps MPD_TEST_VICTIM_MS (the test SIGSTOPs the worker meanwhile), later attempts wait for release.victim.
/// cancel, masterkill: blocks until its token fires. pubsub, restart: waits for release.victim. output: logs around the
/// wait for release.victim (see LogAroundReleaseAsync). Otherwise returns at
/// once.
/// </summary>
[RequiresCapability("worker")]
public sealed class Victim : Module<string>
{
    protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        new Trace(context, "Victim", cancellationToken).RunAsync<string?>(async () =>
        {
            var first = context.Attempt == 1;
            switch (Control.Scenario)
            {
                case "kill" when first:
                case "cancel":
                case "masterkill":
                    await Task.Delay(Timeout.Infinite, cancellationToken);
                    break;
                case "stop" when first:
                    var sleep = int.TryParse(Environment.GetEnvironmentVariable("MPD_TEST_VICTIM_MS"), NumberStyles.None, CultureInfo.InvariantCulture, out var ms) ? ms : 1500;
                    await Task.Delay(sleep, cancellationToken);
                    break;
                case "stop":
                case "pubsub":
                case "restart":
                    await Control.WaitForFileAsync("release.victim", cancellationToken);
                    break;
                case "output":
                    await LogAroundReleaseAsync(context, cancellationToken);
                    break;
                default:
                    break;
            }

            return $"attempt {context.Attempt}";
        });

    /// <summary>
    /// The output scenario: one line, then the wait for release.victim (the test reads the master's console meanwhile),
    /// then MPD_TEST_VICTIM_LINES lines in all (3 by default); fails afterwards when MPD_TEST_VICTIM_FAILS is set.
    /// </summary>
    private static async Task LogAroundReleaseAsync(IModuleContext context, CancellationToken cancellationToken)
    {
        var lines = int.TryParse(Environment.GetEnvironmentVariable("MPD_TEST_VICTIM_LINES"), NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count : 3;
        context.Logger.LogInformation("victim line 1 of attempt {Attempt}", context.Attempt);
        await Control.WaitForFileAsync("release.victim", cancellationToken);
        for (var line = 2; line <= lines; line++)
        {
            context.Logger.LogInformation("victim line {Line} {Padding}", line, new string('.', 60));
        }

        if (Environment.GetEnvironmentVariable("MPD_TEST_VICTIM_FAILS") is { Length: > 0 })
        {
            throw new InvalidOperationException("the victim failed after logging");
        }
    }
}

/// <summary>Blocks until cancelled in the cancel and masterkill scenarios, so a second worker is busy too.</summary>
[RequiresCapability("worker")]
public sealed class Bystander : Module<string>
{
    protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        new Trace(context, "Bystander", cancellationToken).RunAsync<string?>(async () =>
        {
            if (Control.Is("cancel") || Control.Is("masterkill"))
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }

            return "bystander";
        });
}

/// <summary>First hop of a chain after <see cref="Victim"/>: every hop is a dispatch after whatever the test did.</summary>
[DependsOn<Victim>]
[RequiresCapability("worker")]
public sealed class Hop1 : Module<string>
{
    protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        new Trace(context, "Hop1", cancellationToken).RunAsync<string?>(async () => (await context.GetModule<Victim>()).Value + ">1");
}

/// <summary>Second hop.</summary>
[DependsOn<Hop1>]
[RequiresCapability("worker")]
public sealed class Hop2 : Module<string>
{
    protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        new Trace(context, "Hop2", cancellationToken).RunAsync<string?>(async () => (await context.GetModule<Hop1>()).Value + ">2");
}

/// <summary>Third hop.</summary>
[DependsOn<Hop2>]
[RequiresCapability("worker")]
public sealed class Hop3 : Module<string>
{
    protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        new Trace(context, "Hop3", cancellationToken).RunAsync<string?>(async () => (await context.GetModule<Hop2>()).Value + ">3");
}

/// <summary>Produced on the master; read from Redis by <see cref="Consumer"/> on a worker.</summary>
[PinToMaster]
public sealed class Source : Module<SourceValue>
{
    protected override Task<SourceValue?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        new Trace(context, "Source", cancellationToken).RunAsync<SourceValue?>(() => Task.FromResult<SourceValue?>(new SourceValue(7, "source")));
}

/// <summary>
/// Reads <see cref="Source"/> on a worker. In the payload scenario it first waits for release.consumer, so the test
/// can tamper with the stored result in between.
/// </summary>
[DependsOn<Source>]
[RequiresCapability("worker")]
public sealed class Consumer : Module<string>
{
    protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        new Trace(context, "Consumer", cancellationToken).RunAsync<string?>(async () =>
        {
            if (Control.Is("payload"))
            {
                await Control.WaitForFileAsync("release.consumer", cancellationToken);
            }

            ModuleResult<SourceValue> source = await context.GetModule<Source>();
            return $"{source.Value!.Count}:{source.Value.Label}";
        });
}

/// <summary>Returns MPD_TEST_BIG_BYTES characters in the oversized scenario; otherwise a short value.</summary>
[RequiresCapability("worker")]
public sealed class BigResult : Module<string>
{
    protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        new Trace(context, "BigResult", cancellationToken).RunAsync<string?>(() =>
        {
            var size = Control.Is("oversized")
                && int.TryParse(Environment.GetEnvironmentVariable("MPD_TEST_BIG_BYTES"), NumberStyles.None, CultureInfo.InvariantCulture, out var bytes)
                ? bytes
                : 5;
            return Task.FromResult<string?>(new string('x', size));
        });
}

/// <summary>
/// Runs where "worker" is advertised, like the modules above, but optionally: in a run whose instances have all joined
/// without it, it is skipped with a reason instead of failing after the capability timeout.
/// </summary>
[RequiresCapability("worker", Optional = true)]
public sealed class OptionalOnWorkers : Module<string>
{
    protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        new Trace(context, "OptionalOnWorkers", cancellationToken).RunAsync<string?>(() => Task.FromResult<string?>("optional"));
}
