using ModularPipelines.Distributed;
using ModularPipelines.Distributed.Benchmarks;

// Runs the workload like any pipeline; the master also prints one machine-readable "BENCH" line of measurements.
var builder = Pipeline.CreateBuilder(args);

// BENCH_FORWARD_OUTPUT=0: workers keep their modules' lines to themselves, to tell forwarding's cost from logging's.
if (Environment.GetEnvironmentVariable("BENCH_FORWARD_OUTPUT") == "0")
{
    builder.AddDistributedMode(options => options.MaxModuleOutputBytes = 0);
}
var run = await builder.Build().RunWithResultsAsync(CancellationToken.None);
if (run.Results.Count > 0)
{
    Console.WriteLine(DispatchMeasurements.From(run.Results).ToBenchLine());
}

return run.ExitCode;
