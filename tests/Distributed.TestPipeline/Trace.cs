using System.Globalization;

namespace ModularPipelines.Distributed.TestPipeline;

/// <summary>
/// Runs a module body between a <c>started.KEY.ATTEMPT</c> and a <c>finished.KEY.ATTEMPT</c> marker
/// ("instance pid startMs [endMs]") in the control directory, and records in <c>cancelled.KEY.ATTEMPT</c>
/// ("instance pid firedMs") when the module's token fired.
/// </summary>
internal sealed class Trace(IModuleContext context, string key, CancellationToken cancellationToken)
{
    public async Task<T> RunAsync<T>(Func<Task<T>> body)
    {
        var attempt = context.Attempt.ToString(CultureInfo.InvariantCulture);
        var where = string.Create(CultureInfo.InvariantCulture, $"{context.InstanceIndex} {Environment.ProcessId}");
        var start = Control.NowMs;
        using var registration = cancellationToken.Register(() =>
            Control.Write($"cancelled.{key}.{attempt}", string.Create(CultureInfo.InvariantCulture, $"{where} {Control.NowMs}")));
        Control.Write($"started.{key}.{attempt}", string.Create(CultureInfo.InvariantCulture, $"{where} {start}"));
        var value = await body();
        Control.Write($"finished.{key}.{attempt}", string.Create(CultureInfo.InvariantCulture, $"{where} {start} {Control.NowMs}"));
        return value;
    }
}
