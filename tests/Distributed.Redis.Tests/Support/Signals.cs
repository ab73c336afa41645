using System.Diagnostics;

namespace ModularPipelines.Distributed.Redis.Tests.Support;

/// <summary>POSIX signals through <c>kill -SIG pid</c>, which every Unix test machine has.</summary>
public static class Signals
{
    private const int SigInt = 2;

    /// <summary>
    /// Ends the test as inconclusive when the process ignores SIGINT, as every process started from a background job of
    /// a non-interactive shell does (the shell sets SIGINT and SIGQUIT to ignored, and children inherit that): Ctrl-C
    /// cannot be tested there, and the run would otherwise wait out its timeout. Run the suite in the foreground.
    /// </summary>
    public static void AssumeInterruptible(int pid)
    {
        var ignored = File.ReadLines($"/proc/{pid}/status")
            .Where(line => line.StartsWith("SigIgn:", StringComparison.Ordinal))
            .Select(line => ulong.Parse(line["SigIgn:".Length..].Trim(), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture))
            .FirstOrDefault();
        if ((ignored & (1UL << (SigInt - 1))) != 0)
        {
            Assert.Inconclusive($"process {pid} ignores SIGINT (inherited from a background job of a non-interactive shell): run the tests in the foreground to test Ctrl-C");
        }
    }

    /// <summary>Sends SIG<paramref name="signal"/> (KILL, STOP, CONT, INT, TERM) and waits for kill to return.</summary>
    public static void Send(int pid, string signal)
    {
        var startInfo = new ProcessStartInfo("kill")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        startInfo.ArgumentList.Add("-" + signal);
        startInfo.ArgumentList.Add(pid.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var kill = Process.Start(startInfo)!;
        if (!kill.WaitForExit(TimeSpan.FromSeconds(10)))
        {
            kill.Kill();
            throw new InvalidOperationException($"kill -{signal} {pid} did not return within 10 s");
        }
    }
}
