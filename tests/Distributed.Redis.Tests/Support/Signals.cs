using System.Diagnostics;

namespace ModularPipelines.Distributed.Redis.Tests.Support;

/// <summary>POSIX signals through <c>kill -SIG pid</c>, which every Unix test machine has.</summary>
public static class Signals
{
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
