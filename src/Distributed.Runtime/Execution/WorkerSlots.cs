namespace ModularPipelines.Distributed;

/// <summary>
/// An instance's module slots, counted in one place. A slot is taken by the claim that fills it and stays taken while
/// the chain of leases it runs goes on (a completion may hand the slot straight to the next node it claimed), so the
/// next claim always asks for exactly the free slots.
/// </summary>
internal sealed class WorkerSlots(int count)
{
    private readonly Lock _gate = new();
    private int _taken;
    private TaskCompletionSource _freed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Slots nothing runs in.</summary>
    public int Free
    {
        get
        {
            lock (_gate)
            {
                return count - _taken;
            }
        }
    }

    /// <summary>Completes when a slot is freed after this was read.</summary>
    public Task WhenFreed
    {
        get
        {
            lock (_gate)
            {
                return _freed.Task;
            }
        }
    }

    /// <summary>Takes a slot for each lease a claim returned, before their modules start.</summary>
    public void Take(int leases)
    {
        lock (_gate)
        {
            _taken += leases;
        }
    }

    /// <summary>Frees a slot whose chain of leases ended, waking the claim loop.</summary>
    public void Release()
    {
        TaskCompletionSource freed;
        lock (_gate)
        {
            _taken--;
            freed = _freed;
            _freed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        freed.TrySetResult();
    }
}
