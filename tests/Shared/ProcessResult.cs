namespace ModularPipelines.Distributed.Tests.Shared;

/// <summary>How a child process ended and what it printed.</summary>
/// <param name="CommandLine">The program and its arguments, joined by spaces: for messages only, not quoted for a shell.</param>
/// <param name="ExitCode">The process's exit code, or -1 when it still had not exited after it was killed.</param>
/// <param name="StandardOutput">Everything written to standard output, one <c>\n</c> after each line.</param>
/// <param name="StandardError">Everything written to standard error, one <c>\n</c> after each line.</param>
/// <param name="TimedOut">Whether the process outlived its timeout and was killed.</param>
public sealed record ProcessResult(string CommandLine, int ExitCode, string StandardOutput, string StandardError, bool TimedOut)
{
    /// <summary>Standard output and standard error together.</summary>
    public string Output => StandardOutput + StandardError;

    /// <summary>Everything printed, for assertion messages.</summary>
    public string Transcript =>
        $"> {CommandLine}\nexit code {ExitCode}{(TimedOut ? " (killed after the timeout)" : "")}\n--- stdout ---\n{StandardOutput}\n--- stderr ---\n{StandardError}";

    /// <summary>The non-empty lines of both streams, trimmed.</summary>
    public IReadOnlyList<string> Lines => SplitLines(Output);

    /// <summary>
    /// The non-empty lines of standard error alone, trimmed: for a command line that must report exactly one error
    /// there, whatever it prints to standard output.
    /// </summary>
    public IReadOnlyList<string> ErrorLines => SplitLines(StandardError);

    private static string[] SplitLines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
