using System.Diagnostics;
using System.Globalization;
using CliWrap;
using Microsoft.Extensions.Logging;

namespace ModularPipelines.Distributed;

/// <summary>
/// Runs programs through CliWrap for one module attempt: output lines into the module's logger as they come, the
/// module's cancellation (its timeout, Ctrl-C, a lost lease) linked into every call, and on cancellation the whole
/// process tree killed, not only the program the module started.
/// </summary>
internal sealed class CommandRunner(ILogger logger, CancellationToken moduleToken) : ICommandRunner
{
    /// <summary>How many of the last output lines a failure's message carries.</summary>
    private const int TailLines = 20;

    public async Task<CommandResult> RunAsync(string program, IEnumerable<string> arguments, CommandOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(program);
        ArgumentNullException.ThrowIfNull(arguments);
        options ??= new CommandOptions();
        var argumentList = arguments.ToList();
        var commandLine = CommandLineText.Format(program, argumentList);
        var output = new CommandOutput(TailLines);

        using var kill = CancellationTokenSource.CreateLinkedTokenSource(moduleToken, cancellationToken);
        if (options.Timeout is { } timeout)
        {
            kill.CancelAfter(timeout);
        }

        var command = Cli.Wrap(program)
            .WithArguments(argumentList)
            .WithValidation(CommandResultValidation.None)
            .WithStandardInputPipe(options.StandardInput is { } input ? PipeSource.FromString(input) : PipeSource.Null)
            .WithStandardOutputPipe(PipeTarget.ToDelegate(line => Receive(output, line, isError: false, options)))
            .WithStandardErrorPipe(PipeTarget.ToDelegate(line => Receive(output, line, isError: true, options)));
        if (options.WorkingDirectory is { } directory)
        {
            command = command.WithWorkingDirectory(directory);
        }

        if (options.Environment.Count > 0)
        {
            command = command.WithEnvironmentVariables(options.Environment);
        }

        logger.LogInformation("run    {CommandLine}", commandLine);
        var clock = Stopwatch.StartNew();
        CliWrap.CommandResult ended;
        try
        {
            ended = await command.ExecuteAsync(kill.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (kill.IsCancellationRequested && !moduleToken.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new CommandFailedException(
                $"{commandLine} ran past its {DurationText.Format(options.Timeout!.Value)} timeout and was killed{output.TailText()}", commandLine, null);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            throw new CommandFailedException($"{commandLine} could not start: {exception.Message}", exception);
        }

        var result = new CommandResult(ended.ExitCode, output.StandardOutput, output.StandardError, clock.Elapsed);
        if (!options.AcceptedExitCodes.Contains(result.ExitCode))
        {
            throw new CommandFailedException(
                $"{commandLine} exited with code {result.ExitCode.ToString(CultureInfo.InvariantCulture)}{output.TailText()}", commandLine, result);
        }

        logger.LogInformation("exit   {ExitCode} from {Program} in {Duration}", result.ExitCode, program, DurationText.Format(result.Duration));
        return result;
    }

    private void Receive(CommandOutput output, string line, bool isError, CommandOptions options)
    {
        output.Add(line, isError);
        if (options.LogOutput)
        {
            logger.LogInformation("{Line}", line);
        }
    }
}
