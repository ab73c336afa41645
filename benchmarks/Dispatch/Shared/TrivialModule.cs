using System.Globalization;
using Microsoft.Extensions.Logging;

namespace ModularPipelines.Distributed.Benchmarks;

/// <summary>
/// A module that does nothing, so a workload measures dispatch alone; with BENCH_LOG_LINES=N it logs N lines first,
/// to measure what forwarding workers' output to the master costs dispatch.
/// </summary>
public abstract class TrivialModule : Module<int>
{
    private static readonly int LogLines =
        int.TryParse(Environment.GetEnvironmentVariable("BENCH_LOG_LINES"), NumberStyles.None, CultureInfo.InvariantCulture, out var lines) ? lines : 0;

    protected sealed override Task<int> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken)
    {
        for (var line = 1; line <= LogLines; line++)
        {
            context.Logger.LogInformation("line {Line} of {Lines}", line, LogLines);
        }

        return Task.FromResult(1);
    }
}
