namespace ModularPipelines.Distributed;

/// <summary>
/// A counted wake-up for coordinators: <see cref="Raise"/> on anything that may interest a waiting instance, and
/// <see cref="WaitAsync"/> with the count the caller last saw. A signal raised while the caller was busy is not lost:
/// the count has moved, so the next wait returns at once.
/// </summary>
public sealed class CoordinatorSignal
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private TaskCompletionSource _next = NewSource();
    private long _count;

    /// <summary>Creates a signal on the given clock.</summary>
    /// <param name="time">The clock timeouts are measured by.</param>
    public CoordinatorSignal(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        _time = time;
    }

    /// <summary>Wakes every waiter and moves the count on.</summary>
    public void Raise()
    {
        lock (_gate)
        {
            _count++;
            _next.TrySetResult();
            _next = NewSource();
        }
    }

    /// <summary>Waits until the count differs from <paramref name="lastSeen"/> or <paramref name="timeout"/> passes.</summary>
    /// <param name="lastSeen">The count this caller's previous wait returned (0 at first).</param>
    /// <param name="timeout">The longest wait.</param>
    /// <param name="cancellationToken">Ends the wait early.</param>
    /// <returns>The count when the wait ended; pass it to the next wait.</returns>
    public async Task<long> WaitAsync(long lastSeen, TimeSpan timeout, CancellationToken cancellationToken)
    {
        Task next;
        lock (_gate)
        {
            if (_count != lastSeen)
            {
                return _count;
            }

            next = _next.Task;
        }

        try
        {
            await next.WaitAsync(timeout, _time, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // The fallback poll: callers re-check state either way.
        }

        lock (_gate)
        {
            return _count;
        }
    }

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
