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

    private static List<SummaryRow> ParseSummary(string output)
    {
        var lines = output.Split('\n');
        var header = Array.FindLastIndex(lines, l => HeaderPattern().IsMatch(l));
        var rows = new List<SummaryRow>();
        if (header < 0)
        {
            return rows;
        }

        // Columns are separated by at least two spaces; the last column (details) may contain single spaces.
        for (var i = header + 2; i < lines.Length && lines[i].Trim().Length > 0; i++)
        {
            var match = RowPattern().Match(lines[i].TrimEnd());
            if (match.Success)
            {
                rows.Add(new SummaryRow(
                    match.Groups["module"].Value,
                    match.Groups["status"].Value,
                    match.Groups["attempts"].Value,
                    match.Groups["instance"].Value,
                    match.Groups["details"].Value));
            }
        }

        return rows;
    }

    [GeneratedRegex(@"^Module\s{2,}Status\s{2,}Duration\s{2,}Attempts\s{2,}Instance\s{2,}Details\s*$")]
    private static partial Regex HeaderPattern();

    [GeneratedRegex(@"^(?<module>\S+)\s{2,}(?<status>\S+)\s{2,}(?<duration>\S+)\s{2,}(?<attempts>\S+)\s{2,}(?<instance>\S+)(\s{2,}(?<details>.*))?$")]
    private static partial Regex RowPattern();
}
