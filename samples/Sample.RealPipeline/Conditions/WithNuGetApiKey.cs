using ModularPipelines.Distributed;
using Sample.RealPipeline.Services;

namespace Sample.RealPipeline.Conditions;

/// <summary>Skips the module unless <c>NUGET_API_KEY</c> is set: forks and pull requests do not get the secret.</summary>
public sealed class WithNuGetApiKey() : OnlyWithEnvironmentVariable(PublishSettings.ApiKeyVariable);
