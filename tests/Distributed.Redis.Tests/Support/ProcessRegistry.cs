using System.Diagnostics;

namespace ModularPipelines.Distributed.Redis.Tests.Support;

/// <summary>
/// Every process the tests start, so none outlives them: tests dispose their own in TearDown, and whatever is left
/// (a test host that is torn down early, a crashed fixture) is resumed and killed at the end or on exit.
/// </summary>
public static class ProcessRegistry
{
    private static readonly Lock Gate = new();
    private static readonly List<Process> Processes = [];

    static ProcessRegistry() => AppDomain.CurrentDomain.ProcessExit += (_, _) => KillAll();

    public static void Add(Process process)
    {
        lock (Gate)
        {
            Processes.RemoveAll(p => HasExited(p));
            Processes.Add(process);
        }
    }

    public static void KillAll()
    {
        List<Process> alive;
        lock (Gate)
        {
            alive = [.. Processes.Where(p => !HasExited(p))];
            Processes.Clear();
        }

        foreach (var process in alive)
        {
            Kill(process);
        }
    }

    /// <summary>SIGCONT first: a stopped process must not be left behind, and a kill is only certain once it runs.</summary>
    public static void Kill(Process process)
    {
        try
        {
            if (process.HasExited)
            {
                return;
            }

            Signals.Send(process.Id, "CONT");
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Exited meanwhile.
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // Exited meanwhile, or not ours to kill any more.
        }
    }

    private static bool HasExited(Process process)
    {
        try
        {
            return process.HasExited;
        }
        catch (InvalidOperationException)
        {
            return true;
        }
    }
}
