// The pipeline program the distributed tests start as master and workers. Timings come from environment variables
// (see TestSettings) so tests run in seconds; the command line still sets instance, total, redis and run id.
using Microsoft.Extensions.DependencyInjection;
using ModularPipelines.Distributed;
using ModularPipelines.Distributed.TestPipeline;

var builder = Pipeline.CreateBuilder(args);
builder.Services.Configure<DistributedOptions>(TestSettings.Apply);
var run = await builder.Build().RunWithResultsAsync(CancellationToken.None);
ResultsFile.Write(run);
return run.ExitCode;
