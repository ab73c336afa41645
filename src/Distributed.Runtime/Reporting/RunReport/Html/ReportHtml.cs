using System.Globalization;
using System.Net;
using System.Text;

namespace ModularPipelines.Distributed;

/// <summary>
/// The report as one self-contained HTML page (<c>--report-html</c>): the verdict, the timeline (<see cref="TimelineSvg"/>),
/// and tables of the modules and instances. Everything is inline (style sheet, SVG) and the page has no script, so it
/// shows the same from a CI artifact, offline, or a file:// URL.
/// </summary>
internal static class ReportHtml
{
    public static string Render(RunReport report)
    {
        var run = report.Run;
        var verdict = ReportWording.Verdict(run);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>").Append(Encode($"{verdict}: run {run.RunId}")).Append("</title>\n");
        html.Append("<style>\n").Append(HtmlStyle.Css).Append("</style>\n</head>\n<body>\n");
        html.Append("<header>\n<h1 class=\"outcome-").Append(run.Outcome.ToString().ToLowerInvariant()).Append("\">").Append(Encode(verdict)).Append("</h1>\n");
        html.Append("<p class=\"facts\">").Append(Encode(ReportWording.Counts(report))).Append(" · run <code>").Append(Encode(run.RunId))
            .Append("</code> · graph <code>").Append(Encode(run.Fingerprint[..Math.Min(12, run.Fingerprint.Length)])).Append("</code> · ")
            .Append(Encode(Invariant($"{report.Instances.Count} instance{(report.Instances.Count == 1 ? "" : "s")}"))).Append(" · started ")
            .Append(Encode(ReportWording.Utc(run.StartedAt))).Append("</p>\n</header>\n");

        html.Append("<section>\n<h2>Timeline</h2>\n<p class=\"legend\">");
        foreach (var status in Enum.GetValues<ReportClaimStatus>().Where(s => s != ReportClaimStatus.Skipped))
        {
            html.Append("<span><i class=\"").Append(StatusClass.Of(status)).Append("\"></i>").Append(Legend(status)).Append("</span>");
        }

        html.Append("</p>\n").Append(TimelineSvg.Render(report)).Append("</section>\n");
        AppendModules(html, report);
        AppendInstances(html, report);
        html.Append("<footer>Times are offsets from the run's start (").Append(Encode(ReportWording.Utc(run.StartedAt)))
            .Append("). A bar is one claim of a module by an instance, in the first of its slot lanes free when it started; retries made inside a claim are part of its bar.</footer>\n");
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendModules(StringBuilder html, RunReport report)
    {
        html.Append("<section>\n<h2>Modules</h2>\n<table class=\"modules\">\n<thead><tr><th>Module</th><th>Status</th><th>Instance</th><th>Attempts</th><th>Queued</th><th>Started</th><th>Duration</th><th>Details</th></tr></thead>\n<tbody>\n");
        foreach (var module in report.Modules)
        {
            html.Append("<tr data-module=\"").Append(Encode(module.Id)).Append("\"><td>").Append(Encode(module.DisplayName)).Append("</td>");
            html.Append("<td><span class=\"badge ").Append(StatusClass.Of(module.Status)).Append("\">").Append(module.Status).Append("</span></td>");
            Cell(html, Number(module.Instance), number: true);
            Cell(html, Number(module.Attempts), number: true);
            Cell(html, ReportWording.Offset(report.Run, module.QueuedAt), number: true);
            Cell(html, ReportWording.Offset(report.Run, module.StartedAt), number: true);
            Cell(html, module.Attempts > 0 ? ReportWording.Duration(module.DurationMs) : string.Empty, number: true);
            html.Append("<td class=\"details\">").Append(Encode(ReportWording.Details(module))).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void AppendInstances(StringBuilder html, RunReport report)
    {
        html.Append("<section>\n<h2>Instances</h2>\n<table class=\"instances\">\n<thead><tr><th>Instance</th><th>Capabilities</th><th>Slots</th><th>First seen</th><th>Last seen</th><th>Live at the end</th></tr></thead>\n<tbody>\n");
        foreach (var instance in report.Instances)
        {
            html.Append("<tr data-instance=\"").Append(Number(instance.Index)).Append("\">");
            Cell(html, Number(instance.Index), number: true);
            Cell(html, instance.Capabilities is { } capabilities ? string.Join(", ", capabilities) : "unknown", number: false);
            Cell(html, Number(instance.Slots), number: true);
            Cell(html, ReportWording.Offset(report.Run, instance.FirstSeenAt), number: true);
            Cell(html, ReportWording.Offset(report.Run, instance.LastSeenAt), number: true);
            Cell(html, instance.LiveAtEnd ? "yes" : "no", number: false);
            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static string Legend(ReportClaimStatus status) => status switch
    {
        ReportClaimStatus.TimedOut => "timed out",
        ReportClaimStatus.Lost => "lost lease",
        _ => status.ToString().ToLowerInvariant(),
    };

    private static void Cell(StringBuilder html, string text, bool number) =>
        html.Append(number ? "<td class=\"number\">" : "<td>").Append(Encode(text)).Append("</td>");

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
