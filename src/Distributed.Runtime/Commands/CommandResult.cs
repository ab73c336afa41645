namespace ModularPipelines.Distributed;

/// <summary>How a program run by <see cref="ICommandRunner.RunAsync"/> ended.</summary>
/// <param name="ExitCode">Its exit code.</param>
/// <param name="StandardOutput">Everything it wrote to standard output.</param>
/// <param name="StandardError">Everything it wrote to standard error.</param>
/// <param name="Duration">From start to exit.</param>
public sealed record CommandResult(int ExitCode, string StandardOutput, string StandardError, TimeSpan Duration);
