using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ModularPipelines.Distributed.Runtime.Tests.GitHub;

/// <summary>
/// A batch of a remote module's lines reaches the master's console as one log entry; each line still prints as if
/// logged on its own: its prefix, its secrets masked, and under GitHub Actions inside the module's group.
/// </summary>
public sealed partial class ForwardedLinesFormattingTests
{
    [Test]
    public void ForwardedBatchPrintsEachLineUnderItsOwnPrefixWithSecretsMasked()
    {
        var secrets = new SecretMasker();
        secrets.Add("hunter2");
        var formatter = new PipelineConsoleFormatter(secrets, new ModuleLogGroups(enabled: false));
        using var text = new StringWriter();

        WriteForwarded(formatter, text, "Build [2]", ["restoring", "", "pushing with key hunter2", "done"]);

        Assert.That(WithoutTimes(text.ToString()), Is.EqualTo(new[]
        {
            "info Build [2]  restoring",
            "info Build [2]  pushing with key ***",
            "info Build [2]  done",
        }));
    }

    [Test]
    public void ForwardedBatchUnderGitHubActionsIsHeldInItsModulesGroup()
    {
        var groups = new ModuleLogGroups(enabled: true);
        groups.Track(["Build"]);
        var formatter = new PipelineConsoleFormatter(new SecretMasker(), groups);
        using var text = new StringWriter();

        WriteForwarded(formatter, text, "Build [2]", ["compiling", "compiled"]);
        IReadOnlyList<KeyValuePair<string, object?>> finished = [new("Module", "Build")];
        formatter.Write(
            new LogEntry<IReadOnlyList<KeyValuePair<string, object?>>>(LogLevel.Information, "Pipeline", PipelineEvents.ModuleFinished, finished, null, (_, _) => "ok     Build in 1.00s on instance 2 [1/1]"),
            text);

        Assert.That(WithoutTimes(text.ToString()), Is.EqualTo(new[]
        {
            "::group::info Pipeline  ok     Build in 1.00s on instance 2 [1/1]",
            "info Build [2]  compiling",
            "info Build [2]  compiled",
            "::endgroup::",
        }));
    }

    [Test]
    public void ForwardedBatchGoesIntoTheWriterWithoutAStringPerLine()
    {
        // The master prints every worker's lines: a copy of each line on its way to the console cost it dispatch time.
        var formatter = new PipelineConsoleFormatter(new SecretMasker(), new ModuleLogGroups(enabled: false));
        string[] lines = [.. Enumerable.Range(0, 200).Select(i => $"line {i:000} " + new string('x', 90))];
        using var text = new StringWriter(new System.Text.StringBuilder(capacity: 64 * 1024));
        WriteForwarded(formatter, text, "Build [2]", lines);
        text.GetStringBuilder().Clear();

        var before = GC.GetAllocatedBytesForCurrentThread();
        WriteForwarded(formatter, text, "Build [2]", lines);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.That(WithoutTimes(text.ToString()), Has.Length.EqualTo(200).And.Member("info Build [2]  " + lines[^1]));
        var lineBytes = lines.Sum(line => line.Length * sizeof(char));
        Assert.That(allocated, Is.LessThan(lineBytes / 4), $"{allocated} bytes allocated for {lineBytes} bytes of lines");
    }

    private static void WriteForwarded(PipelineConsoleFormatter formatter, TextWriter text, string source, IReadOnlyList<string> lines) =>
        formatter.Write(
            new LogEntry<ForwardedLines>(LogLevel.Information, typeof(ForwardedOutput).FullName!, PipelineEvents.ForwardedLines, new ForwardedLines(source, lines), null, (state, _) => state.ToString()),
            text);

    private static string[] WithoutTimes(string output) => Time().Replace(output, string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [GeneratedRegex(@"\d\d:\d\d:\d\d\.\d{3} ")]
    private static partial Regex Time();
}
