using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace ModularPipelines.Distributed;

/// <summary>
/// One line per message, <c>12:00:01.250 info  BuildModule  message</c>: CI logs are read by people. The run's secrets
/// are masked in the message and in the exception text.
/// </summary>
internal sealed class PipelineConsoleFormatter(SecretMasker secrets) : ConsoleFormatter(FormatterName)
{
    public const string FormatterName = "modular-pipelines";

    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        var message = secrets.Apply(logEntry.Formatter(logEntry.State, logEntry.Exception) ?? string.Empty);
        if (string.IsNullOrEmpty(message) && logEntry.Exception is null)
        {
            return;
        }

        textWriter.Write(DateTimeOffset.Now.ToString("HH:mm:ss.fff", System.Globalization.CultureInfo.InvariantCulture));
        textWriter.Write(' ');
        textWriter.Write(Level(logEntry.LogLevel));
        textWriter.Write(' ');
        textWriter.Write(logEntry.Category);
        textWriter.Write("  ");
        textWriter.Write(message);
        if (logEntry.Exception is not null)
        {
            textWriter.Write('\n');
            textWriter.Write(secrets.Apply(logEntry.Exception.ToString()));
        }

        textWriter.Write('\n');
    }

    private static string Level(LogLevel level) => level switch
    {
        LogLevel.Trace => "trce",
        LogLevel.Debug => "dbug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warn",
        LogLevel.Error => "fail",
        LogLevel.Critical => "crit",
        _ => "    ",
    };
}
