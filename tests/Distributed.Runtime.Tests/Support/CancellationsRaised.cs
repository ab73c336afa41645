using System.Runtime.ExceptionServices;

namespace ModularPipelines.Distributed.Runtime.Tests.Support;

/// <summary>Counts the <see cref="OperationCanceledException"/>s of one token raised anywhere while it listens.</summary>
internal sealed class CancellationsRaised : IDisposable
{
    private readonly CancellationToken _token;
    private int _count;

    public CancellationsRaised(CancellationToken token)
    {
        _token = token;
        AppDomain.CurrentDomain.FirstChanceException += OnRaised;
    }

    public int Count => Volatile.Read(ref _count);

    public void Dispose() => AppDomain.CurrentDomain.FirstChanceException -= OnRaised;

    private void OnRaised(object? sender, FirstChanceExceptionEventArgs raised)
    {
        if (raised.Exception is OperationCanceledException cancelled && cancelled.CancellationToken == _token)
        {
            Interlocked.Increment(ref _count);
        }
    }
}
