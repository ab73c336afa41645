using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using ModularPipelines.Distributed.Tests.Shared;

namespace ModularPipelines.Distributed.Redis.Tests.Support;

/// <summary>
/// One running instance of the test pipeline (<c>dotnet TestPipeline.dll ...</c>) with its output captured live, so a
/// test can wait for a line, signal it (stop, continue, interrupt, kill) and read its exit code. Never hangs: a hard
/// timeout kills it, and disposing it resumes and kills it if it still runs.
/// </summary>
public sealed class PipelineProcess : IAsyncDisposable
{
    private static readonly TimeSpan OutputGrace = TimeSpan.FromSeconds(5);
    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();
    private readonly StringBuilder _all = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly CancellationTokenSource _watchdog = new();
    private readonly string _commandLine;
    private bool _timedOut;

    private PipelineProcess(string name, Process process, string commandLine)
    {
        Name = name;
        _process = process;
        _commandLine = commandLine;
    }

    public string Name { get; }

    public int Pid => _process.Id;

    public bool HasExited => _process.HasExited;

    public string StandardOutput => Read(_stdout);

    public string StandardError => Read(_stderr);

    /// <summary>Both streams, interleaved as the lines arrived.</summary>
    public string Output => Read(_all);

    public string Transcript =>
        $"--- {Name} (pid {Pid}): {_commandLine}\n"
        + $"{(_process.HasExited ? $"exit code {_process.ExitCode}" : "still running")}{(_timedOut ? " (killed by the hard timeout)" : "")}, after {_clock.Elapsed.TotalSeconds:0.0}s\n"
        + Output;

    public static PipelineProcess Start(string name, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string?> environment, TimeSpan hardTimeout) =>
        Start(TestPipelineApp.AssemblyPath, name, arguments, environment, hardTimeout);

    /// <summary>Starts the pipeline program at <paramref name="assemblyPath"/> (the test pipeline or the artifact pipeline).</summary>
    public static PipelineProcess Start(string assemblyPath, string name, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string?> environment, TimeSpan hardTimeout)
    {
        var startInfo = new ProcessStartInfo(DotnetCli.HostPath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        startInfo.ArgumentList.Add(assemblyPath);
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var (variable, value) in environment)
        {
            if (value is null)
            {
                startInfo.Environment.Remove(variable);
            }
            else
            {
                startInfo.Environment[variable] = value;
            }
        }

        var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        var instance = new PipelineProcess(name, process, string.Join(' ', arguments));
        process.OutputDataReceived += (_, e) => instance.Append(instance._stdout, e.Data);
        process.ErrorDataReceived += (_, e) => instance.Append(instance._stderr, e.Data);
        process.Start();
        ProcessRegistry.Add(process);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.StandardInput.Close();
        _ = instance.WatchAsync(hardTimeout);
        return instance;
    }

    /// <summary>Waits for the process to end and for its output to be read; past <paramref name="timeout"/> kills it and fails the test.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var wait = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(wait.Token);
        }
        catch (OperationCanceledException)
        {
            ProcessRegistry.Kill(_process);
            await DrainAsync();
            Assert.Fail($"{Name} did not exit within {timeout.TotalSeconds:0.#}s; killed.\n{Transcript}");
        }

        await DrainAsync();
        return _process.ExitCode;
    }

    /// <summary>Waits until a line of output matches <paramref name="pattern"/>; fails the test if the process exits or time runs out first.</summary>
    public async Task<string> WaitForLineAsync(string pattern, TimeSpan timeout)
    {
        var regex = new Regex(pattern, RegexOptions.Multiline | RegexOptions.CultureInvariant);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var match = regex.Match(Output);
            if (match.Success)
            {
                return match.Value;
            }

            if (_process.HasExited)
            {
                await DrainAsync();
                match = regex.Match(Output);
                if (match.Success)
                {
                    return match.Value;
                }

                Assert.Fail($"{Name} exited before printing /{pattern}/.\n{Transcript}");
            }

            if (clock.Elapsed > timeout)
            {
                Assert.Fail($"{Name} did not print /{pattern}/ within {timeout.TotalSeconds:0.#}s.\n{Transcript}");
            }

            await Task.Delay(25);
        }
    }

    /// <summary>How many lines of output match <paramref name="pattern"/>.</summary>
    public int CountLines(string pattern) =>
        Regex.Count(Output, pattern, RegexOptions.Multiline | RegexOptions.CultureInvariant);

    public void Signal(string signal) => Signals.Send(Pid, signal);

    /// <summary>SIGKILL, as a machine dying would.</summary>
    public void KillHard()
    {
        _process.Kill();
        _process.WaitForExit(TimeSpan.FromSeconds(10));
    }

    public async ValueTask DisposeAsync()
    {
        await _watchdog.CancelAsync();
        if (!_process.HasExited)
        {
            ProcessRegistry.Kill(_process);
        }

        await DrainAsync();
        _process.Dispose();
        _watchdog.Dispose();
    }

    private async Task WatchAsync(TimeSpan hardTimeout)
    {
        try
        {
            await Task.Delay(hardTimeout, _watchdog.Token);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        try
        {
            if (!_process.HasExited)
            {
                _timedOut = true;
                ProcessRegistry.Kill(_process);
            }
        }
        catch (InvalidOperationException)
        {
            // Disposed meanwhile.
        }
    }

    private async Task DrainAsync()
    {
        using var drain = new CancellationTokenSource(OutputGrace);
        try
        {
            await _process.WaitForExitAsync(drain.Token);
        }
        catch (OperationCanceledException)
        {
            // Output held open by a grandchild: keep what arrived.
        }
        catch (InvalidOperationException)
        {
            // Disposed.
        }
    }

    private void Append(StringBuilder stream, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_all)
        {
            stream.Append(line).Append('\n');
            _all.Append(line).Append('\n');
        }
    }

    private string Read(StringBuilder stream)
    {
        lock (_all)
        {
            return stream.ToString();
        }
    }
}
