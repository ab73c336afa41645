using System.Globalization;
using System.Text;

namespace ModularPipelines.Distributed;

/// <summary>
/// The run's timeline as a Mermaid Gantt chart, which GitHub draws in a <c>```mermaid</c> block: a section per instance
/// slot lane and a bar per claim, at its real start and end (<c>dateFormat x</c>: Unix milliseconds; the axis shows the
/// reader's local time, to the millisecond for a run shorter than a minute). Mermaid colours bars only by tag, so statuses map to tags: succeeded bars are plain, failed and
/// timed-out ones <c>crit</c>, cancelled ones <c>done</c>, lost ones <c>active</c>; <see cref="Legend"/> says so.
/// </summary>
internal static class MermaidGantt
{
    public const string Legend =
        "Bars: succeeded plain, failed or timed out red (`crit`), cancelled grey (`done`), lost lease light (`active`); " +
        "the axis is in your local time.";

    public static string Render(RunReport report)
    {
        var text = new StringBuilder();
        text.Append("gantt\n");
        text.Append("    title ").Append(Name(ReportWording.Verdict(report.Run) + ", " + ReportWording.Counts(report))).Append('\n');
        text.Append("    dateFormat x\n");
        text.Append("    axisFormat ").Append(report.Run.DurationMs < 60_000 ? "%H:%M:%S.%L" : "%H:%M:%S").Append('\n');
        text.Append("    todayMarker off\n");
        foreach (var (instance, slot, bars) in ReportLanes.Of(report).Where(l => l.Bars.Count > 0))
        {
            text.Append("    section ").Append(ReportWording.Lane(instance, slot)).Append('\n');
            foreach (var (module, claim) in bars)
            {
                text.Append("    ").Append(Name(Label(module, claim))).Append(" :").Append(Tag(claim.Status))
                    .Append(Milliseconds(claim.StartedAt)).Append(", ").Append(Milliseconds(claim.EndedAt)).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>The module, and what a reader cannot tell from the colour alone: a later attempt, and a status.</summary>
    private static string Label(ReportModule module, ReportClaim claim)
    {
        var notes = new List<string>();
        if (claim.Attempt > 1)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"attempt {claim.Attempt}"));
        }

        if (claim.Status != ReportClaimStatus.Succeeded)
        {
            notes.Add(claim.Status.ToString());
        }

        return notes.Count == 0 ? module.DisplayName : $"{module.DisplayName} ({string.Join(", ", notes)})";
    }

    private static string Tag(ReportClaimStatus status) => status switch
    {
        ReportClaimStatus.Succeeded => string.Empty,
        ReportClaimStatus.Failed or ReportClaimStatus.TimedOut => "crit, ",
        ReportClaimStatus.Lost => "active, ",
        _ => "done, ",
    };

    private static string Milliseconds(DateTimeOffset at) => at.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// A colon ends a task's name and a semicolon or hash starts markup in Mermaid; names may hold colons (matrix targets
    /// are capability names), so they are shown as the look-alike ratio sign.
    /// </summary>
    private static string Name(string text) =>
        text.Replace(':', '∶').Replace(';', ',').Replace('#', '♯');
}
