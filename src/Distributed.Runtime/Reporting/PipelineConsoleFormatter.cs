using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ModularPipelines.Distributed;

/// <summary>
/// One line per message, <c>12:00:01.250 info  BuildModule  message</c>: CI logs are read by people. The run's secrets
/// are masked in the message and in the exception text. Under GitHub Actions a module's lines are held and printed in a
/// collapsible group headed by its finish line (<see cref="ModuleLogGroups"/>). No escape codes, ever: CI logs are
/// files, not terminals.
/// </summary>
/// <remarks>Called on the thread that logs, by several at once: it keeps no state of its own.</remarks>
internal sealed class PipelineConsoleFormatter(SecretMasker secrets, ModuleLogGroups groups)
{
    /// <summary>Writes an entry's lines, each ending in <c>'\n'</c>; nothing for an empty message without an exception.</summary>
    public void Write<TState>(in LogEntry<TState> logEntry, TextWriter textWriter)
    {
        if (logEntry.EventId == PipelineEvents.RunEnded)
        {
            foreach (var (unfinished, lines) in groups.ReleaseAll())
            {
                WriteGroup(textWriter, unfinished + " (did not finish)", lines);
            }

            return;
        }

        if (logEntry.EventId == PipelineEvents.ForwardedLines && logEntry.State is ForwardedLines forwarded)
        {
            WriteForwarded(textWriter, logEntry.LogLevel, forwarded.Source, forwarded.Lines);
            return;
        }

        var message = secrets.Apply(logEntry.Formatter(logEntry.State, logEntry.Exception) ?? string.Empty);
        if (string.IsNullOrEmpty(message) && logEntry.Exception is null)
        {
            return;
        }

        if (!groups.Enabled)
        {
            // Straight into the writer: most runs are not under GitHub Actions, and this is every line's path.
            WritePrefix(textWriter, logEntry.LogLevel, logEntry.Category);
            textWriter.Write(message);
            if (logEntry.Exception is not null)
            {
                textWriter.Write('\n');
                textWriter.Write(secrets.Apply(logEntry.Exception.ToString()));
            }

            textWriter.Write('\n');
            return;
        }

        var line = new StringBuilder();
        line.Append(Prefix(logEntry.LogLevel, logEntry.Category)).Append(message);
        if (logEntry.Exception is not null)
        {
            line.Append('\n').Append(secrets.Apply(logEntry.Exception.ToString()));
        }

        var formatted = line.ToString();
        if (groups.TryHold(logEntry.Category, formatted))
        {
            return;
        }

        if (groups.Enabled && logEntry.EventId == PipelineEvents.ModuleFinished && ModuleOf(logEntry.State) is { } module)
        {
            var firstBreak = formatted.IndexOf('\n', StringComparison.Ordinal);
            WriteGroup(textWriter, firstBreak < 0 ? formatted : formatted[..firstBreak], groups.Release(module));
            if (firstBreak >= 0)
            {
                textWriter.Write(formatted[(firstBreak + 1)..]);
                textWriter.Write('\n');
            }

            return;
        }

        textWriter.Write(formatted);
        textWriter.Write('\n');
    }

    /// <summary>Each forwarded line as if logged on its own, under one timestamp: they arrived together.</summary>
    private void WriteForwarded(TextWriter textWriter, LogLevel level, string category, IReadOnlyList<string> lines)
    {
        var prefix = Prefix(level, category);
        foreach (var text in lines)
        {
            var message = secrets.Apply(text);
            if (message.Length == 0)
            {
                continue;
            }

            // Only a held line needs a string of its own; the rest go straight into the writer.
            if (groups.Enabled && groups.TryHold(category, string.Concat(prefix, message)))
            {
                continue;
            }

            textWriter.Write(prefix);
            textWriter.Write(message);
            textWriter.Write('\n');
        }
    }

    private static string Prefix(LogLevel level, string category)
    {
        using var prefix = new StringWriter();
        WritePrefix(prefix, level, category);
        return prefix.ToString();
    }

    private static void WritePrefix(TextWriter textWriter, LogLevel level, string category)
    {
        Span<char> time = stackalloc char[ConsoleTimestamp.Length + 1];
        ConsoleTimestamp.Write(time, DateTime.Now);
        time[ConsoleTimestamp.Length] = ' ';
        textWriter.Write(time);
        textWriter.Write(Level(level));
        textWriter.Write(' ');
        textWriter.Write(category);
        textWriter.Write("  ");
    }

    private static void WriteGroup(TextWriter textWriter, string title, IReadOnlyList<string> lines)
    {
        textWriter.Write("::group::");
        textWriter.Write(title.Replace("\n", " ", StringComparison.Ordinal));
        textWriter.Write('\n');
        foreach (var held in lines)
        {
            textWriter.Write(held);
            textWriter.Write('\n');
        }

        textWriter.Write("::endgroup::\n");
    }

    private static string? ModuleOf<TState>(TState state) =>
        state is IReadOnlyList<KeyValuePair<string, object?>> values
            ? values.FirstOrDefault(v => v.Key == "Module").Value as string
            : null;

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
