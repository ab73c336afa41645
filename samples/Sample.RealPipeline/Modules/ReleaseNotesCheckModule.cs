using Microsoft.Extensions.Logging;
using ModularPipelines.Distributed;
using Sample.RealPipeline.Results;
using Sample.RealPipeline.Services;

namespace Sample.RealPipeline.Modules;

/// <summary>
/// Fails when the committed <c>ReleaseNotes.md</c> has no section for the version being built: read with
/// <c>git show HEAD:ReleaseNotes.md</c>, so notes written but not committed do not count.
/// </summary>
[DependsOn<BuildModule>]
[Category("checks")]
public sealed class ReleaseNotesCheckModule(Checkout checkout) : Module<None>
{
    private const string NotesFile = "ReleaseNotes.md";

    protected override async Task<None?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken)
    {
        ModuleResult<BuildResult> build = await context.GetModule<BuildModule>();
        var version = build.Value!.Version;
        var root = await checkout.RootAsync(context, cancellationToken);
        var notes = await context.Commands.RunAsync(
            "git", ["show", $"HEAD:{NotesFile}"], new CommandOptions { WorkingDirectory = root, LogOutput = false }, cancellationToken);

        var heading = $"## {version}";
        if (!notes.StandardOutput.Split('\n').Any(line => line.TrimEnd() == heading))
        {
            throw new InvalidOperationException($"{NotesFile} has no '{heading}' section in the last commit: describe the release there, then commit it");
        }

        context.Logger.LogInformation("{File} describes {Version}", NotesFile, version);
        return None.Value;
    }
}
