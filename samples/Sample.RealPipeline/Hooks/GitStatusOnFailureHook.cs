using Microsoft.Extensions.Logging;
using ModularPipelines.Distributed;
using Sample.RealPipeline.Services;

namespace Sample.RealPipeline.Hooks;

/// <summary>
/// After a failed attempt, logs <c>git status --short</c> of the checkout, so the log of a red CI job shows what the
/// tree looked like when the step failed (files a tool changed, output left behind), on the instance where it ran.
/// </summary>
public sealed class GitStatusOnFailureHook : IModuleHook
{
    /// <inheritdoc/>
    public async ValueTask AfterAttemptAsync(IModuleContext context, ModuleResult result, CancellationToken cancellationToken)
    {
        var root = Path.Combine(context.Artifacts.WorkspaceRoot, Checkout.Folder);
        if (result.Status is not (ModuleStatus.Failed or ModuleStatus.TimedOut) || !Directory.Exists(Path.Combine(root, ".git")))
        {
            return;
        }

        var status = await context.Commands.RunAsync(
            "git", ["status", "--short"], new CommandOptions { WorkingDirectory = root, LogOutput = false }, cancellationToken);
        context.Logger.LogInformation("git status after the failed attempt: {Status}", status.StandardOutput.Trim() is { Length: > 0 } changes ? "\n" + changes : "clean");
    }
}
