using Microsoft.Extensions.DependencyInjection;
using ModularPipelines.Distributed;
using Sample.Pipeline;

var builder = Pipeline.CreateBuilder(args);
builder.Services.AddSingleton<MyService>();
return await builder.Build().RunAsync();

