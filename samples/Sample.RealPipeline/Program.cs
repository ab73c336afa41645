// A real .NET repository's build as a pipeline: find the projects, build once, unit-test per OS, check formatting and
// release notes, pack, and publish from main only. Every step runs real `dotnet` and `git` commands against the small
// repository in repository/. Run it with `dotnet run --project samples/Sample.RealPipeline`; `--help` lists the options.
using Microsoft.Extensions.DependencyInjection;
using ModularPipelines.Distributed;
using Sample.RealPipeline.Hooks;
using Sample.RealPipeline.Services;

var builder = Pipeline.CreateBuilder(args);
// Without --workspace a run works in a fresh folder, so runs (and instances started on one machine) never share files.
builder.Services.PostConfigure<DistributedOptions>(options => options.Workspace ??= Directory.CreateTempSubdirectory("real-pipeline-").FullName);
builder.Services.AddSingleton<Checkout>();
builder.Services.AddSingleton<IModuleHook, GitStatusOnFailureHook>();     // runs around every module attempt
builder.Services.Configure<PublishSettings>(builder.Configuration.GetSection("Publish"));
builder.AddSecret(Environment.GetEnvironmentVariable(PublishSettings.ApiKeyVariable) ?? string.Empty);   // printed as ***
return await builder.Build().RunAsync();
