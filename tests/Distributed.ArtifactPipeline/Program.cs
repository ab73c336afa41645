// The pipeline program the artifact tests start as master and workers: a build that publishes files, a gate the
// tests hold while they tamper with the store, and two consumers that check every byte they received.
using Microsoft.Extensions.DependencyInjection;
using ModularPipelines.Distributed;
using ModularPipelines.Distributed.TestPipeline;

var builder = Pipeline.CreateBuilder(args);
builder.Services.Configure<DistributedOptions>(TestSettings.Apply);
var run = await builder.Build().RunWithResultsAsync(CancellationToken.None);
ResultsFile.Write(run);
return run.ExitCode;
