using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ModularPipelines.Distributed;
using Sample.RealPipeline.Conditions;
using Sample.RealPipeline.Results;
using Sample.RealPipeline.Services;

namespace Sample.RealPipeline.Modules;

/// <summary>
/// Pushes the packages (the <c>packages</c> artifact) with <c>dotnet nuget push</c>, only when the run builds
/// <c>main</c> and the API key is there; on the master, the machine that holds the key, one push at a time.
/// </summary>
[SkipIf<OnlyOnMain>]
[SkipIf<WithNuGetApiKey>]
[PinToMaster]
[NotInParallel("nuget")]
[ModuleRetry(2, BackoffMilliseconds = 500)] // a push is where transient network errors happen
[ConsumesArtifact<PackModule>(PackModule.Artifact)]
[DependsOn<FormatCheckModule>]
[DependsOn<ReleaseNotesCheckModule>]
[Category("release")]
public sealed class PublishModule(IOptions<PublishSettings> settings) : Module<PublishReceipt>
{
    protected override async Task<PublishReceipt?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken)
    {
        ModuleResult<IReadOnlyList<PackageFile>> pack = await context.GetModule<PackModule>();
        var source = Source(context.Artifacts.WorkspaceRoot, settings.Value.Source);
        var apiKey = Environment.GetEnvironmentVariable(PublishSettings.ApiKeyVariable)!;
        var pushed = new List<string>();
        foreach (var package in pack.Value!)
        {
            // The key is on the command line, and so in the logged command: Program.cs registered it as a secret (***).
            await context.Commands.RunAsync(
                "dotnet", ["nuget", "push", Path.Combine(context.Artifacts.WorkspaceRoot, package.Path), "--source", source, "--api-key", apiKey],
                cancellationToken: cancellationToken);
            pushed.Add(Path.GetFileName(package.Path));
        }

        context.Logger.LogInformation("pushed {Packages} to {Source}", string.Join(", ", pushed), source);
        return new PublishReceipt(source, pushed);
    }

    /// <summary>A URL is used as it is; a folder is relative to the workspace and created (a folder feed must exist).</summary>
    private static string Source(string workspaceRoot, string configured)
    {
        if (Uri.TryCreate(configured, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            return configured;
        }

        return Directory.CreateDirectory(Path.Combine(workspaceRoot, configured)).FullName;
    }
}
