using Microsoft.Extensions.Logging;

namespace ModularPipelines.Distributed;

/// <summary>A module's logger on a worker: logs locally as usual and hands each line of the running module to the shipper.</summary>
internal sealed class ForwardingLogger(ILogger inner, ModuleOutputShipper shipper) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => inner.BeginScope(state);

    public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        inner.Log(logLevel, eventId, state, exception, formatter);
        if (inner.IsEnabled(logLevel) && ModuleOutputScope.Current is { } nodeId)
        {
            var line = formatter(state, exception);
            if (exception is not null)
            {
                line += " (" + exception.GetType().Name + ": " + exception.Message + ")";
            }

            shipper.Add(nodeId, logLevel switch
            {
                LogLevel.Warning => "warn " + line,
                LogLevel.Error or LogLevel.Critical => "fail " + line,
                _ => line,
            });
        }
    }
}
