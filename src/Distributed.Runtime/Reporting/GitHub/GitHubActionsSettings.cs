namespace ModularPipelines.Distributed;

/// <summary>Whether the run is a GitHub Actions job (<c>GITHUB_ACTIONS=true</c>), and where its step summary goes.</summary>
/// <param name="Enabled">Log lines grouped, failures annotated, the summary appended to the step summary.</param>
/// <param name="StepSummaryPath">The file <c>GITHUB_STEP_SUMMARY</c> names, or null.</param>
internal sealed record GitHubActionsSettings(bool Enabled, string? StepSummaryPath)
{
    public static GitHubActionsSettings From(Func<string, string?> environment) => new(
        string.Equals(environment("GITHUB_ACTIONS"), "true", StringComparison.OrdinalIgnoreCase),
        environment("GITHUB_STEP_SUMMARY") is { Length: > 0 } path ? path : null);
}
