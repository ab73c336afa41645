using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace ModularPipelines.Distributed.Runtime.Tests.Commands;

/// <summary>Keeps every message logged, with when it arrived, to see that output streams rather than arriving at the end.</summary>
internal sealed class RecordingLogger : ILogger
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<(string Message, TimeSpan At)> _entries = [];

    public IReadOnlyList<(string Message, TimeSpan At)> Entries
    {
        get
        {
            lock (_entries)
            {
                return [.. _entries];
            }
        }
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (_entries)
        {
            _entries.Add((formatter(state, exception), _clock.Elapsed));
        }
    }
}
