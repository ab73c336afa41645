namespace ModularPipelines.Distributed;

/// <summary>
/// Runs programs for a module (<see cref="IModuleContext.Commands"/>): <c>dotnet</c>, <c>git</c>, any tool on the PATH.
/// Their output lines stream into the module's logger as they come; cancelling the module, its timeout or the call's
/// token kills the whole process tree.
/// </summary>
public interface ICommandRunner
{
    /// <summary>Runs a program to its end.</summary>
    /// <param name="program">The program: a path, or a name looked up on the PATH.</param>
    /// <param name="arguments">Its arguments, each passed as one argument whatever spaces or quotes it holds.</param>
    /// <param name="options">Working directory, environment, accepted exit codes, standard input and timeout; null for the defaults.</param>
    /// <param name="cancellationToken">Kills the process tree when cancelled (as the module's own cancellation does).</param>
    /// <returns>The exit code, the output and how long it ran.</returns>
    /// <exception cref="CommandFailedException">It exited with a code <see cref="CommandOptions.AcceptedExitCodes"/> does not list, ran past its timeout, or could not start.</exception>
    /// <exception cref="OperationCanceledException">The module or <paramref name="cancellationToken"/> was cancelled; the process tree was killed.</exception>
    Task<CommandResult> RunAsync(string program, IEnumerable<string> arguments, CommandOptions? options = null, CancellationToken cancellationToken = default);
}
