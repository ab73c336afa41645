using System.Text.RegularExpressions;
using ModularPipelines.Distributed.Tests.Shared;

namespace ModularPipelines.Distributed.EndToEnd.Tests.Support;

/// <summary>A finished run of the sample, with its summary table parsed.</summary>
public sealed partial class SampleRun
{
    public SampleRun(ProcessResult process)
    {
        Process = process;
        OutputLines = process.StandardOutput.Split('\n');
        Summary = ParseSummary(process.StandardOutput);
    }

    public ProcessResult Process { get; }

    public int ExitCode => Process.ExitCode;

    public string Output => Process.StandardOutput;

    public IReadOnlyList<string> OutputLines { get; }

    /// <summary>The rows of the summary table, in the order printed (empty when no table was printed).</summary>
    public IReadOnlyList<SummaryRow> Summary { get; }

    public SummaryRow Row(string module) =>
        Summary.SingleOrDefault(r => r.Module == module)
        ?? throw new AssertionException($"the summary has no row for {module}:\n{Process.Transcript}");

    /// <summary>Whether a progress line such as <c>start  BuildModule</c> was logged for the module.</summary>
    public bool HasProgressLine(string verb, string module) =>
        OutputLines.Any(line => ProgressLine(verb, module).IsMatch(line));

    private static Regex ProgressLine(string verb, string module) =>
        new($@"\sPipeline\s+{Regex.Escape(verb)}\s+{Regex.Escape(module)}(\s|:|$)", RegexOptions.CultureInvariant);

    /// <summary>
    /// Cells are cut at the header's column starts: cells such as <c>in 17.0 kB, out 402 B</c> hold single spaces, and
    /// the Artifacts column is printed only when some module moved artifact bytes.
    /// </summary>
    private static List<SummaryRow> ParseSummary(string output)
    {
        var lines = output.Split('\n');
        var header = Array.FindLastIndex(lines, l => HeaderPattern().IsMatch(l));
        var rows = new List<SummaryRow>();
        if (header < 0)
        {
            return rows;
        }

        var columns = ColumnPattern().Matches(lines[header]).ToDictionary(m => m.Value, m => m.Index, StringComparer.Ordinal);
        for (var i = header + 2; i < lines.Length && lines[i].Trim().Length > 0; i++)
        {
            var line = lines[i].TrimEnd();
            string Cell(string column, string next)
            {
                var from = columns[column];
                var to = columns.TryGetValue(next, out var end) ? end : line.Length;
                return from >= line.Length ? string.Empty : line[from..Math.Min(to, line.Length)].Trim();
            }

            var afterInstance = columns.ContainsKey("Artifacts") ? "Artifacts" : "Details";
            rows.Add(new SummaryRow(
                Cell("Module", "Status"),
                Cell("Status", "Duration"),
                Cell("Attempts", "Instance"),
                Cell("Instance", afterInstance),
                columns.ContainsKey("Artifacts") ? Cell("Artifacts", "Details") : string.Empty,
                Cell("Details", string.Empty)));
        }

        return rows;
    }

    [GeneratedRegex(@"^Module\s{2,}Status\s{2,}Duration\s{2,}Attempts\s{2,}Instance\s{2,}(Artifacts\s{2,})?Details\s*$")]
    private static partial Regex HeaderPattern();

    [GeneratedRegex(@"\S+")]
    private static partial Regex ColumnPattern();
}
