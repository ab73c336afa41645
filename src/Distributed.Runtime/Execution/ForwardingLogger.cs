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
        if (!inner.IsEnabled(logLevel) || ModuleOutputScope.Current is not { } nodeId)
        {
            inner.Log(logLevel, eventId, state, exception, formatter);
            return;
        }

        // The message is formatted once, for this instance's log and for the master's: the state still goes along
        // whole, for providers that read its values.
        var message = formatter(state, exception);
        inner.Log(logLevel, eventId, state, exception, (_, _) => message);
        var line = exception is null ? message : message + " (" + exception.GetType().Name + ": " + exception.Message + ")";
        shipper.Add(nodeId, logLevel switch
        {
            LogLevel.Warning => "warn " + line,
            LogLevel.Error or LogLevel.Critical => "fail " + line,
            _ => line,
        });
    }
}
