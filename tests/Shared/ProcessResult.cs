namespace ModularPipelines.Distributed.Tests.Shared;

/// <summary>How a child process ended and what it printed.</summary>
public sealed record ProcessResult(string CommandLine, int ExitCode, string StandardOutput, string StandardError, bool TimedOut)
{
    /// <summary>Standard output and standard error together.</summary>
    public string Output => StandardOutput + StandardError;

    /// <summary>Everything printed, for assertion messages.</summary>
    public string Transcript =>
        $"> {CommandLine}\nexit code {ExitCode}{(TimedOut ? " (killed after the timeout)" : "")}\n--- stdout ---\n{StandardOutput}\n--- stderr ---\n{StandardError}";

    /// <summary>The lines of both streams.</summary>
    public IReadOnlyList<string> Lines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
