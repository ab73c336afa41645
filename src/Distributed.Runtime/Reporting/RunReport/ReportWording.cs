using System.Globalization;

namespace ModularPipelines.Distributed;

/// <summary>The words the report's Markdown and HTML share, so both say the same thing the same way.</summary>
internal static class ReportWording
{
    /// <summary>"Pipeline succeeded" or "Pipeline FAILED", as the summary says it, or "Pipeline cancelled".</summary>
    public static string Verdict(ReportRun run) => run.Outcome switch
    {
        ReportOutcome.Succeeded => "Pipeline succeeded",
        ReportOutcome.Cancelled => "Pipeline cancelled",
        _ => "Pipeline FAILED",
    };

    /// <summary>"8 modules (5 succeeded, 3 skipped) in 1.18s".</summary>
    public static string Counts(RunReport report)
    {
        var counts = string.Join(", ", report.Modules.GroupBy(m => m.Status).OrderBy(g => g.Key)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Count()} {g.Key.ToString().ToLowerInvariant()}")));
        return string.Create(CultureInfo.InvariantCulture,
            $"{report.Modules.Count} modules ({counts}) in {DurationText.Format(TimeSpan.FromMilliseconds(report.Run.DurationMs))}");
    }

    /// <summary>A moment as an offset from the run's start, <c>+1.20s</c>: what a reader compares; empty for none.</summary>
    public static string Offset(ReportRun run, DateTimeOffset? at) => at is not { } moment
        ? string.Empty
        : moment >= run.StartedAt ? "+" + DurationText.Format(moment - run.StartedAt) : "-" + DurationText.Format(run.StartedAt - moment);

    /// <summary>An instant people read in any time zone: UTC, to the millisecond.</summary>
    public static string Utc(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.fff 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>A duration in milliseconds as the summary writes durations.</summary>
    public static string Duration(double milliseconds) => DurationText.Format(TimeSpan.FromMilliseconds(milliseconds));

    /// <summary>Why a module did not succeed, on one line: its failure (and why it was ignored), else its skip reason.</summary>
    public static string Details(ReportModule module)
    {
        var text = module.Failure is { } failure ? $"{failure.Type}: {failure.Message}" : module.SkipReason ?? string.Empty;
        return text.Split('\n', 2)[0].TrimEnd() + IgnoredFailureText.Suffix(module.FailureIgnoredReason);
    }

    /// <summary>A claim in a sentence, for a bar's tooltip and the reader who hovers over it.</summary>
    public static string Claim(ReportRun run, ReportModule module, ReportClaim claim) => string.Create(CultureInfo.InvariantCulture,
        $"{module.DisplayName}: {claim.Status}, attempt {claim.Attempt} on instance {claim.Instance} slot {claim.Slot}, {Duration(claim.DurationMs)} ({Offset(run, claim.StartedAt)} to {Offset(run, claim.EndedAt)}, {(claim.TimesFrom == ReportClock.Instance ? "measured by the instance" : "as the master saw it")})");

    /// <summary>A lane's name: the instance and the slot.</summary>
    public static string Lane(int instance, int slot) => string.Create(CultureInfo.InvariantCulture, $"instance {instance} · slot {slot}");
}
