namespace ModularPipelines.Distributed;

/// <summary>
/// A program run by <see cref="ICommandRunner.RunAsync"/> failed: it exited with a code that is not accepted, ran past
/// its timeout, or could not start. The message holds the command line and the last lines of its output, so a module
/// that lets it propagate fails with the reason in the summary.
/// </summary>
public sealed class CommandFailedException : Exception
{
    /// <summary>Creates an exception with a message only.</summary>
    public CommandFailedException()
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What failed.</param>
    public CommandFailedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and its cause.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The cause.</param>
    public CommandFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a program that ended.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="commandLine">The command line, quoted as a shell would need it.</param>
    /// <param name="result">How it ended; null when it could not start or was killed by its timeout.</param>
    public CommandFailedException(string message, string commandLine, CommandResult? result)
        : base(message)
    {
        CommandLine = commandLine;
        Result = result;
    }

    /// <summary>The command line, quoted as a shell would need it.</summary>
    public string CommandLine { get; } = string.Empty;

    /// <summary>How the program ended; null when it could not start or was killed by its timeout.</summary>
    public CommandResult? Result { get; }

    /// <summary>The exit code, or null when there was none.</summary>
    public int? ExitCode => Result?.ExitCode;
}
