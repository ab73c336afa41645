using System.Diagnostics;
using System.Globalization;

namespace ModularPipelines.Distributed.Runtime.Tests.Commands;

/// <summary>Real processes through <see cref="ICommandRunner"/>: streaming, exit codes, input, timeouts and killing a process tree.</summary>
public sealed class CommandRunnerTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    [Test]
    public async Task OutputLinesReachTheModulesLoggerWhileTheProgramStillRuns()
    {
        var logger = new RecordingLogger();
        var runner = new CommandRunner(logger, CancellationToken.None);

        var result = await runner.RunAsync("sh", ["-c", "echo first; sleep 1; echo second >&2; echo third"]);

        var first = logger.Entries.Single(e => e.Message == "first").At;
        var second = logger.Entries.Single(e => e.Message == "second").At;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(second - first, Is.GreaterThan(TimeSpan.FromMilliseconds(500)), "the first line arrived only with the last");
            Assert.That(result.StandardOutput, Is.EqualTo("first\nthird\n"));
            Assert.That(result.StandardError, Is.EqualTo("second\n"));
            Assert.That(result.ExitCode, Is.Zero);
            Assert.That(logger.Entries.Select(e => e.Message), Does.Contain("run    sh -c 'echo first; sleep 1; echo second >&2; echo third'"));
        }
    }

    [Test]
    public void ANonZeroExitThrowsWithTheCommandLineAndTheLastLinesOfOutput()
    {
        var runner = new CommandRunner(new RecordingLogger(), CancellationToken.None);

        var failure = Assert.ThrowsAsync<CommandFailedException>(() =>
            runner.RunAsync("sh", ["-c", "for i in $(seq 1 30); do echo line $i; done; echo broken >&2; exit 3"]));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(failure!.ExitCode, Is.EqualTo(3));
            Assert.That(failure.Message, Does.StartWith("sh -c 'for i in $(seq 1 30); do echo line $i; done; echo broken >&2; exit 3' exited with code 3"));
            Assert.That(failure.Message, Does.Contain("its last 20 lines of standard output:\nline 11\n").And.Contain("line 30;").And.Contain("its last line of standard error:\nbroken"), "the last lines of each stream, not all of them");
        }
    }

    [Test]
    public async Task AcceptedExitCodesInputWorkingDirectoryAndEnvironmentAreHonoured()
    {
        var runner = new CommandRunner(new RecordingLogger(), CancellationToken.None);
        var directory = Directory.CreateTempSubdirectory("mpd-command-").FullName;

        var result = await runner.RunAsync("sh", ["-c", "read line; echo \"$line $GREETING $(pwd)\"; exit 2"], new CommandOptions
        {
            StandardInput = "hello\n",
            WorkingDirectory = directory,
            Environment = new Dictionary<string, string?> { ["GREETING"] = "world" },
            AcceptedExitCodes = [0, 2],
        });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(2));
            Assert.That(result.StandardOutput.TrimEnd(), Is.EqualTo($"hello world {directory}"));
        }
    }

    [Test]
    public void AProgramThatCannotStartFailsWithItsName()
    {
        var runner = new CommandRunner(new RecordingLogger(), CancellationToken.None);

        var failure = Assert.ThrowsAsync<CommandFailedException>(() => runner.RunAsync("no-such-program-mpd", ["x"]));

        Assert.That(failure!.Message, Does.StartWith("no-such-program-mpd x could not start"));
    }

    [Test]
    public async Task ItsTimeoutKillsTheWholeProcessTree()
    {
        var runner = new CommandRunner(new RecordingLogger(), CancellationToken.None);
        var pidFile = Path.Combine(Directory.CreateTempSubdirectory("mpd-command-").FullName, "grandchild");

        var failure = Assert.ThrowsAsync<CommandFailedException>(() => runner.RunAsync("sh", ["-c", $"sleep 300 & echo $! > {pidFile}; wait"],
            new CommandOptions { Timeout = TimeSpan.FromSeconds(1) }));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(failure!.Message, Does.Contain("ran past its 1.00s timeout and was killed"));
            Assert.That(await ExitsAsync(GrandchildPid(pidFile)), Is.True, "the grandchild outlived the timeout");
        }
    }

    [Test]
    public async Task CancellingTheModuleKillsTheWholeProcessTree()
    {
        using var module = new CancellationTokenSource();
        var runner = new CommandRunner(new RecordingLogger(), module.Token);
        var pidFile = Path.Combine(Directory.CreateTempSubdirectory("mpd-command-").FullName, "grandchild");

        var running = runner.RunAsync("sh", ["-c", $"sleep 300 & echo $! > {pidFile}; wait"]);
        var clock = Stopwatch.StartNew();
        while (!File.Exists(pidFile) || new FileInfo(pidFile).Length == 0)
        {
            Assert.That(clock.Elapsed, Is.LessThan(Bound), "the command never started its child");
            await Task.Delay(20);
        }

        await module.CancelAsync();

        Assert.CatchAsync<OperationCanceledException>(() => running);
        Assert.That(await ExitsAsync(GrandchildPid(pidFile)), Is.True, "the grandchild outlived the module's cancellation");
    }

    private static int GrandchildPid(string pidFile) => int.Parse(File.ReadAllText(pidFile).Trim(), CultureInfo.InvariantCulture);

    /// <summary>Whether the process is gone (or a zombie nobody reaped) within a few seconds.</summary>
    private static async Task<bool> ExitsAsync(int pid)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(5))
        {
            var status = $"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/status";
            if (!File.Exists(status) || File.ReadLines(status).Any(l => l.StartsWith("State:", StringComparison.Ordinal) && l.Contains('Z', StringComparison.Ordinal)))
            {
                return true;
            }

            await Task.Delay(50);
        }

        return false;
    }
}
