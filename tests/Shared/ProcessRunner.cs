using System.Diagnostics;
using System.Text;

namespace ModularPipelines.Distributed.Tests.Shared;

/// <summary>
/// Runs a child process to its end and captures its output. Never hangs: past the timeout the whole process tree
/// is killed, and output still held open by a stray grandchild is given up on after a short grace period.
/// </summary>
public static class ProcessRunner
{
    private static readonly TimeSpan OutputGrace = TimeSpan.FromSeconds(10);

    /// <summary>Starts <paramref name="fileName"/>, closes its standard input, and waits for it to end or time out.</summary>
    /// <param name="fileName">The program to start, by path or by a name looked up on <c>PATH</c>.</param>
    /// <param name="arguments">Its arguments, each passed as one argument whatever spaces or quotes it holds.</param>
    /// <param name="workingDirectory">The directory it starts in.</param>
    /// <param name="environment">
    /// Changes to the environment it inherits from the tests: a value sets the variable, <see langword="null"/> removes it
    /// (so that settings of the test host or of the machine cannot leak into the run under test).
    /// </param>
    /// <param name="timeout">How long it may run before it and every process it started are killed.</param>
    /// <returns>Its exit code and output; <see cref="ProcessResult.TimedOut"/> says whether it was killed.</returns>
    public static async Task<ProcessResult> RunAsync(
        string fileName,
        IReadOnlyList<string> arguments,
        string workingDirectory,
        IReadOnlyDictionary<string, string?> environment,
        TimeSpan timeout)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            if (value is null)
            {
                startInfo.Environment.Remove(name);
            }
            else
            {
                startInfo.Environment[name] = value;
            }
        }

        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        using var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        var exited = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        process.Exited += (_, _) => exited.TrySetResult();
        process.OutputDataReceived += (_, e) => Append(stdout, e.Data);
        process.ErrorDataReceived += (_, e) => Append(stderr, e.Data);

        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.StandardInput.Close();

        var timedOut = await Task.WhenAny(exited.Task, Task.Delay(timeout)) != exited.Task;
        if (timedOut)
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It exited between the timeout and the kill.
            }
        }

        // Exited fires before the output is fully read; this waits for the end of both streams.
        using (var drain = new CancellationTokenSource(OutputGrace))
        {
            try
            {
                await process.WaitForExitAsync(drain.Token);
            }
            catch (OperationCanceledException)
            {
                // A grandchild still holds the pipes: keep what arrived.
            }
        }

        var commandLine = string.Join(' ', [fileName, .. arguments]);
        return new ProcessResult(commandLine, process.HasExited ? process.ExitCode : -1, Read(stdout), Read(stderr), timedOut);
    }

    private static void Append(StringBuilder text, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (text)
        {
            text.Append(line).Append('\n');
        }
    }

    private static string Read(StringBuilder text)
    {
        lock (text)
        {
            return text.ToString();
        }
    }
}
