using Microsoft.Extensions.Logging;

namespace ModularPipelines.Distributed.Runtime.Tests.Support;

/// <summary>Records the categories a logger factory asked loggers for, and the messages logged through them.</summary>
internal sealed class CategoryRecordingProvider : ILoggerProvider
{
    private readonly List<string> _categories = [];
    private readonly List<string> _messages = [];

    public IReadOnlyList<string> Categories => _categories;

    public IReadOnlyList<string> Messages => _messages;

    public ILogger CreateLogger(string categoryName)
    {
        _categories.Add(categoryName);
        return new Logger(_messages);
    }

    public void Dispose()
    {
    }

    private sealed class Logger(List<string> messages) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            messages.Add(formatter(state, exception));
    }
}
