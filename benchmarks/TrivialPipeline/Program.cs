using ModularPipelines.Distributed;

var builder = Pipeline.CreateBuilder(args);
return await builder.Build().RunAsync();
