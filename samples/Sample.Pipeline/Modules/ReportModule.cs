using Microsoft.Extensions.Logging;
using ModularPipelines.Distributed;
using Sample.Pipeline.Results;
using Sample.Pipeline.Services;

namespace Sample.Pipeline.Modules;

/// <summary>
/// Writes a report of the run. <c>[AlwaysRun]</c> makes it run even after a failure (when ordinary modules stop
/// starting), so a failed run still leaves a report behind. It returns nothing: <c>Module&lt;None&gt;</c>.
/// </summary>
[AlwaysRun]
[DependsOn<CrossPlatformTests>]
[DependsOn<PublishModule>]
[DependsOn<DockerImageModule>]
public sealed class ReportModule(Workspace workspace) : Module<None>
{
    protected override async Task<None?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken)
    {
        var lines = new List<string> { "# Sample pipeline report", string.Empty, $"Workspace: {workspace.Root}", string.Empty };
        foreach (var target in context.GetMatrixTargets<CrossPlatformTests>())
        {
            ModuleResult<TestResult> tests = await context.GetModule<CrossPlatformTests>(target);
            lines.Add(Line(tests, tests.Value is { } t ? $"{t.Passed} passed, {t.Failed} failed" : null));
        }

        ModuleResult<PublishReceipt> publish = await context.GetModule<PublishModule>();
        lines.Add(Line(publish, publish.Value is { } p ? $"{p.PackageId} {p.Version} ({p.Channel}) at {p.FeedPackagePath}" : null));
        ModuleResult<ContainerImage> image = await context.GetModule<DockerImageModule>();
        lines.Add(Line(image, image.Value is { } i ? $"{i.Reference} {i.Digest}" : null));

        var reportPath = Path.Combine(workspace.Root, "report.md");
        await File.WriteAllLinesAsync(reportPath, lines, cancellationToken);
        context.Logger.LogInformation("report written to {Path}", reportPath);
        return None.Value;
    }

    // Dependencies that failed or were skipped are reported too: an always-run module sees every outcome.
    private static string Line(ModuleResult result, string? value) => result.Status switch
    {
        ModuleStatus.Succeeded => $"- {result.DisplayName}: succeeded: {value}",
        ModuleStatus.Skipped or ModuleStatus.Cancelled => $"- {result.DisplayName}: {result.Status.ToString().ToLowerInvariant()}: {result.SkipReason}",
        _ => $"- {result.DisplayName}: {result.Status.ToString().ToLowerInvariant()}: {result.Error?.Message}",
    };
}
