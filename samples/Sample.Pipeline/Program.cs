// The whole host: modules are found by the generator at build time, so there is no registration code
// for them. Run it with `dotnet run --project samples/Sample.Pipeline`; add `--capability docker` to
// include the container image, or `--help` for every option.
using Microsoft.Extensions.DependencyInjection;
using ModularPipelines.Distributed;
using Sample.Pipeline.Services;

var builder = Pipeline.CreateBuilder(args);
// Without --workspace a run works in a fresh folder, so runs (and instances started on one machine) never share files.
builder.Services.PostConfigure<DistributedOptions>(options => options.Workspace ??= Workspace.CreateRunDirectory());
builder.Services.AddSingleton<Workspace>();               // modules get constructor injection
builder.Services.Configure<FeedSettings>(builder.Configuration.GetSection("Feed"));   // bound at build time (AOT safe)
builder.AddSecretSection("Feed:ApiKey");                  // printed as *** wherever the pipeline writes text
return await builder.Build().RunAsync();                  // process exit code: 0 = pipeline succeeded
