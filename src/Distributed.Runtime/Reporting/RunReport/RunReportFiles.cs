using System.Text.Json;

namespace ModularPipelines.Distributed;

/// <summary>
/// Writes the report to the files the command line named: <c>--report</c> as JSON, or as Markdown when the file ends in
/// <c>.md</c>; <c>--report-html</c> as the page. Missing folders are created; a file that cannot be written is named in
/// the returned problems and does not stop the others.
/// </summary>
internal static class RunReportFiles
{
    /// <returns>One line per file that could not be written.</returns>
    public static async Task<IReadOnlyList<string>> WriteAsync(RunReport report, IReadOnlyList<string> reportPaths, string? htmlPath)
    {
        var files = reportPaths.Select(path => (path, render: IsMarkdown(path) ? (Func<RunReport, string>)ReportMarkdown.Render : Json)).ToList();
        if (htmlPath is not null)
        {
            files.Add((htmlPath, ReportHtml.Render));
        }

        var problems = new List<string>();
        foreach (var (path, render) in files)
        {
            try
            {
                var full = Path.GetFullPath(path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                await File.WriteAllTextAsync(full, render(report)).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                problems.Add($"could not write the report to {path}: {exception.Message}");
            }
        }

        return problems;
    }

    public static bool IsMarkdown(string path) => path.EndsWith(".md", StringComparison.OrdinalIgnoreCase);

    private static string Json(RunReport report) => JsonSerializer.Serialize(report, RunReportJsonContext.Default.RunReport) + "\n";
}
