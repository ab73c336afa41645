// Program.cs: modules are found by the generator; no registration code is needed.
using Consumer;
using Microsoft.Extensions.DependencyInjection;
using ModularPipelines.Distributed;

var builder = Pipeline.CreateBuilder(args);
builder.Services.AddSingleton<Greeting>();
return await builder.Build().RunAsync();
