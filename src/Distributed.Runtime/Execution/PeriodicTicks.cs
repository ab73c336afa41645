namespace ModularPipelines.Distributed;

/// <summary>
/// Stops a periodic timer's loop without an exception. <see cref="PeriodicTimer.WaitForNextTickAsync"/> given a token
/// that fires throws an <see cref="OperationCanceledException"/> whose stack trace it records as text; under Native AOT
/// the first stack trace a process formats builds the method-name map, about 4 ms of CPU (a tenth of the master's
/// time in a 200-module run, docs/benchmarks.md), paid at the end of every run. A disposed timer instead ends the
/// pending wait with false.
/// </summary>
internal static class PeriodicTicks
{
    /// <summary>Disposes <paramref name="timer"/> when <paramref name="stop"/> fires; wait for ticks without a token.</summary>
    /// <returns>The registration, to dispose with the timer.</returns>
    public static CancellationTokenRegistration StopOn(PeriodicTimer timer, CancellationToken stop) =>
        stop.Register(static state => ((PeriodicTimer)state!).Dispose(), timer);
}
