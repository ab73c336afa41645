using System.Text;

namespace ModularPipelines.Distributed;

/// <summary>
/// GitHub Actions workflow commands (<c>::error …::</c>) and the step summary's Markdown, escaped as the runner
/// expects: <c>%</c>, carriage returns and newlines in data; also <c>:</c> and <c>,</c> in properties.
/// </summary>
internal static class GitHubCommands
{
    /// <summary>An <c>::error</c> annotation per failed module, titled with the module; a <c>::warning</c> for an ignored failure.</summary>
    public static string ErrorAnnotations(IReadOnlyList<ModuleResult> results)
    {
        var text = new StringBuilder();
        foreach (var failed in results.Where(r => r.Error is not null))
        {
            var title = $"{failed.DisplayName} {failed.Status.ToString().ToLowerInvariant()}{IgnoredFailureText.Suffix(failed.FailureIgnoredReason)}";
            text.Append(failed.FailureIgnoredReason is null ? "::error title=" : "::warning title=").Append(EscapeProperty(title)).Append("::").Append(EscapeData(failed.Error!.ToString())).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The summary as a Markdown table, for <c>$GITHUB_STEP_SUMMARY</c>.</summary>
    public static string StepSummary(IReadOnlyList<ModuleResult> results, TimeSpan elapsed)
    {
        var text = new StringBuilder();
        text.Append("## ").Append(SummaryTable.Verdict(results, elapsed)).Append("\n\n");
        text.Append("| Module | Status | Duration | Attempts | Instance | Details |\n| --- | --- | ---: | ---: | ---: | --- |\n");
        foreach (var result in results)
        {
            text.Append("| ").Append(Cell(result.DisplayName))
                .Append(" | ").Append(result.Status)
                .Append(" | ").Append(result.Attempts > 0 ? DurationText.Format(result.Duration) : "-")
                .Append(" | ").Append(result.Attempts)
                .Append(" | ").Append(result.Attempts > 0 ? result.InstanceIndex.ToString(System.Globalization.CultureInfo.InvariantCulture) : "-")
                .Append(" | ").Append(Cell((result.Error?.ToString() ?? result.SkipReason ?? string.Empty) + IgnoredFailureText.Suffix(result.FailureIgnoredReason)))
                .Append(" |\n");
        }

        return text.ToString();
    }

    public static string EscapeData(string value) =>
        value.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string EscapeProperty(string value) =>
        EscapeData(value).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);

    private static string Cell(string value) => value.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
