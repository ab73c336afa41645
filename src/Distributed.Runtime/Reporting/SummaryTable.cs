using System.Text;

namespace ModularPipelines.Distributed;

/// <summary>The table printed when the run ends: every node, how it ended, where, and why it did not run.</summary>
internal static class SummaryTable
{
    private const int MaxDetailWidth = 100;

    public static string Render(IReadOnlyList<ModuleResult> results, TimeSpan elapsed) =>
        Render(results, elapsed, new Dictionary<string, IReadOnlyList<string>>());

    /// <param name="results">Every node's result.</param>
    /// <param name="elapsed">The run's duration.</param>
    /// <param name="forwardedTails">The last lines modules on other instances logged: shown under their failures.</param>
    public static string Render(IReadOnlyList<ModuleResult> results, TimeSpan elapsed, IReadOnlyDictionary<string, IReadOnlyList<string>> forwardedTails)
    {
        // The artifacts column only when some module moved artifacts: a pipeline without them keeps its narrower table.
        var showArtifacts = results.Any(r => r.ArtifactBytesIn > 0 || r.ArtifactBytesOut > 0);
        string[] header = showArtifacts
            ? ["Module", "Status", "Duration", "Attempts", "Instance", "Artifacts", "Details"]
            : ["Module", "Status", "Duration", "Attempts", "Instance", "Details"];
        // As the run went: modules in the order they started, then those that never did, in graph order (a stable sort).
        var rows = results.OrderBy(r => r.Attempts == 0).ThenBy(r => r.Attempts == 0 ? DateTimeOffset.MinValue : r.StartedAt).Select(r => new[]
        {
            r.DisplayName,
            r.Status.ToString(),
            r.Attempts == 0 ? "-" : DurationText.Format(r.Duration),
            r.Attempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
            r.Attempts == 0 ? "-" : r.InstanceIndex.ToString(System.Globalization.CultureInfo.InvariantCulture),
            showArtifacts ? ArtifactBytes(r) : null,
            Shorten(r.Error?.ToString() ?? r.SkipReason ?? string.Empty) + IgnoredFailureText.Suffix(r.FailureIgnoredReason),
        }.OfType<string>().ToArray()).ToList();

        var widths = header.Select((h, column) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[column].Length))).ToArray();
        var text = new StringBuilder();
        text.AppendLine();
        AppendRow(text, header, widths);
        AppendRow(text, widths.Select(w => new string('-', w)).ToArray(), widths);
        foreach (var row in rows)
        {
            AppendRow(text, row, widths);
        }

        text.AppendLine();
        text.AppendLine(Verdict(results, elapsed));
        foreach (var failed in results.Where(r => r.Error is not null))
        {
            text.AppendLine();
            text.Append(failed.DisplayName).Append(' ').Append(failed.Status.ToString().ToLowerInvariant())
                .Append(IgnoredFailureText.Suffix(failed.FailureIgnoredReason)).AppendLine(":");
            if (forwardedTails.TryGetValue(failed.DisplayName, out var tail) && tail.Count > 0)
            {
                text.Append("its last ").Append(tail.Count).Append(" lines on instance ").Append(failed.InstanceIndex).AppendLine(":");
                foreach (var line in tail)
                {
                    text.Append("  ").AppendLine(line);
                }
            }

            text.AppendLine(failed.Error!.Details);
        }

        return text.ToString();
    }

    public static string Verdict(IReadOnlyList<ModuleResult> results, TimeSpan elapsed)
    {
        var counts = string.Join(", ", results.GroupBy(r => r.Status).OrderBy(g => g.Key)
            .Select(g => $"{g.Count()} {g.Key.ToString().ToLowerInvariant()}"));
        var verdict = results.Any(r => r.IsFailure) ? "Pipeline FAILED" : "Pipeline succeeded";
        var ignored = results.Count(r => r.FailureIgnoredReason is not null);
        var ignoredText = ignored == 0 ? string.Empty : $", {ignored} failure{(ignored == 1 ? string.Empty : "s")} ignored";
        return $"{verdict}: {results.Count} modules ({counts}{ignoredText}) in {DurationText.Format(elapsed)}";
    }

    /// <summary><c>in 3.4 MB, out 1.2 MB</c>: what the module received and published.</summary>
    private static string ArtifactBytes(ModuleResult result)
    {
        var parts = new List<string>(2);
        if (result.ArtifactBytesIn > 0)
        {
            parts.Add("in " + ArtifactTransfer.Bytes(result.ArtifactBytesIn));
        }

        if (result.ArtifactBytesOut > 0)
        {
            parts.Add("out " + ArtifactTransfer.Bytes(result.ArtifactBytesOut));
        }

        return parts.Count == 0 ? "-" : string.Join(", ", parts);
    }

    private static void AppendRow(StringBuilder text, string[] cells, int[] widths)
    {
        for (var column = 0; column < cells.Length; column++)
        {
            var last = column == cells.Length - 1;
            text.Append(last ? cells[column] : cells[column].PadRight(widths[column] + 2));
        }

        // Padding an empty last column leaves trailing spaces; CI logs and diff tools show them as noise.
        var end = text.Length;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        text.Length = end;
        text.Append('\n');
    }

    private static string Shorten(string detail)
    {
        var firstLine = detail.Split('\n', 2)[0].TrimEnd();
        return firstLine.Length <= MaxDetailWidth ? firstLine : string.Concat(firstLine.AsSpan(0, MaxDetailWidth - 3), "...");
    }
}
