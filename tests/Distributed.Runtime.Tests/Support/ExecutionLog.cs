using System.Collections.Concurrent;

namespace ModularPipelines.Distributed.Runtime.Tests.Support;

/// <summary>
/// Records when module bodies start and end on one logical clock (an <see cref="Interlocked"/> counter), so tests
/// assert order and overlap rather than durations.
/// </summary>
internal sealed class ExecutionLog
{
    private readonly ConcurrentDictionary<string, long> _starts = new();
    private readonly ConcurrentDictionary<string, long> _ends = new();
    private readonly ConcurrentQueue<string> _startOrder = new();
    private long _clock;
    private int _running;
    private int _maxRunning;

    public IReadOnlyList<string> StartOrder => [.. _startOrder];

    public int MaxRunning => Volatile.Read(ref _maxRunning);

    public bool HasStarted(string name) => _starts.ContainsKey(name);

    public Interval IntervalOf(string name) => new(_starts[name], _ends[name]);

    /// <summary>A module body that records its interval around <paramref name="work"/> and returns its name.</summary>
    public Func<IModuleContext, CancellationToken, Task<string?>> Body(string name, Func<CancellationToken, Task>? work = null) =>
        async (_, cancellationToken) =>
        {
            Started(name);
            try
            {
                await (work?.Invoke(cancellationToken) ?? Task.Yield().AsTask());
                return name;
            }
            finally
            {
                Ended(name);
            }
        };

    private void Started(string name)
    {
        _starts[name] = Interlocked.Increment(ref _clock);
        _startOrder.Enqueue(name);
        var running = Interlocked.Increment(ref _running);
        int seen;
        while (running > (seen = Volatile.Read(ref _maxRunning)) && Interlocked.CompareExchange(ref _maxRunning, running, seen) != seen)
        {
        }
    }

    private void Ended(string name)
    {
        Interlocked.Decrement(ref _running);
        _ends[name] = Interlocked.Increment(ref _clock);
    }
}

/// <summary>A module body's start and end ticks on the <see cref="ExecutionLog"/> clock.</summary>
internal readonly record struct Interval(long Start, long End)
{
    public bool Overlaps(Interval other) => Start < other.End && other.Start < End;
}
