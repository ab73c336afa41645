using System.Globalization;
using System.Text;

namespace ModularPipelines.Distributed;

/// <summary>
/// The report as Markdown (<c>--report FILE.md</c>), for a pull request, a wiki or a CI job summary: the verdict, the
/// timeline as a Mermaid Gantt chart (which GitHub draws), and tables of the modules and instances.
/// </summary>
internal static class ReportMarkdown
{
    public static string Render(RunReport report)
    {
        var run = report.Run;
        var text = new StringBuilder();
        text.Append("# ").Append(ReportWording.Verdict(run)).Append("\n\n");
        text.Append(ReportWording.Counts(report)).Append(" · run `").Append(run.RunId).Append("` · graph `")
            .Append(run.Fingerprint[..Math.Min(12, run.Fingerprint.Length)]).Append("` · started ").Append(ReportWording.Utc(run.StartedAt)).Append("\n\n");
        text.Append("## Timeline\n\n```mermaid\n").Append(MermaidGantt.Render(report)).Append("```\n\n").Append(MermaidGantt.Legend).Append("\n\n");

        text.Append("## Modules\n\n");
        text.Append("| Module | Status | Instance | Attempts | Queued | Started | Duration | Details |\n");
        text.Append("| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |\n");
        foreach (var module in report.Modules)
        {
            Row(text, module.DisplayName, module.Status.ToString(), Number(module.Instance), Number(module.Attempts),
                ReportWording.Offset(run, module.QueuedAt), ReportWording.Offset(run, module.StartedAt),
                module.Attempts > 0 ? ReportWording.Duration(module.DurationMs) : string.Empty, ReportWording.Details(module));
        }

        text.Append("\n## Instances\n\n");
        text.Append("| Instance | Capabilities | Slots | First seen | Last seen | Live at the end |\n");
        text.Append("| ---: | --- | ---: | ---: | ---: | --- |\n");
        foreach (var instance in report.Instances)
        {
            Row(text, Number(instance.Index), instance.Capabilities is { } capabilities ? string.Join(", ", capabilities) : "unknown",
                Number(instance.Slots), ReportWording.Offset(run, instance.FirstSeenAt), ReportWording.Offset(run, instance.LastSeenAt),
                instance.LiveAtEnd ? "yes" : "no");
        }

        text.Append("\nTimes are offsets from the run's start. The JSON report (`--report FILE.json`) has every time in full; docs/report.md says where each comes from.\n");
        return text.ToString();
    }

    private static void Row(StringBuilder text, params string[] cells)
    {
        text.Append('|');
        foreach (var cell in cells)
        {
            text.Append(' ').Append(Escape(cell)).Append(" |");
        }

        text.Append('\n');
    }

    /// <summary>A table cell's text as itself: a pipe would end the cell, angle brackets and stars would be markup.</summary>
    private static string Escape(string cell) => cell
        .Replace("|", "\\|", StringComparison.Ordinal)
        .Replace("*", "\\*", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace('\n', ' ');

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
}
