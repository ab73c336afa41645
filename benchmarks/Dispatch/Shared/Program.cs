using ModularPipelines.Distributed;
using ModularPipelines.Distributed.Benchmarks;

// Runs the workload like any pipeline; the master also prints one machine-readable "BENCH" line of measurements.
var builder = Pipeline.CreateBuilder(args);
var run = await builder.Build().RunWithResultsAsync(CancellationToken.None);
if (run.Results.Count > 0)
{
    Console.WriteLine(DispatchMeasurements.From(run.Results).ToBenchLine());
}

return run.ExitCode;
