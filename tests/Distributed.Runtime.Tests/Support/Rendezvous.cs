namespace ModularPipelines.Distributed.Runtime.Tests.Support;

/// <summary>
/// A gate that opens once <c>participants</c> module bodies are inside it at the same time. Reaching it proves
/// they overlapped; a body that waits in vain gives up after a guard period and reports that it was alone.
/// </summary>
internal sealed class Rendezvous(int participants)
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(5);
    private readonly TaskCompletionSource _everyoneArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _arrived;

    /// <returns>True when every participant arrived; false when the guard period ran out first.</returns>
    public async Task<bool> ArriveAndWaitAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref _arrived) == participants)
        {
            _everyoneArrived.TrySetResult();
        }

        try
        {
            await _everyoneArrived.Task.WaitAsync(Guard, cancellationToken);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }
}
