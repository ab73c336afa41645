using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ModularPipelines.Distributed;

/// <summary>
/// The pipeline's console log: entries formatted by <see cref="PipelineConsoleFormatter"/> on the logging thread, then
/// appended to one buffer, written to standard output every <see cref="FlushInterval"/>, before the run's own output
/// (the summary) and when the pipeline is disposed or the process exits.
/// </summary>
/// <remarks>
/// Microsoft.Extensions.Logging.Console hands every entry to a writer thread of its own and wakes it for each one; at a
/// run's thousands of lines a second, on a 2-core CI runner shared with workers and Redis, that cost more than the
/// dispatch the lines are about (docs/benchmarks.md: a silent in-process W1 ran 22,500 modules/s through it, 30,500
/// through this). Each entry is formatted before the buffer's lock is taken: modules running side by side log at once,
/// and formatting under the lock made them queue behind each other (docs/benchmarks.md). A line a module prints with
/// <see cref="Console.WriteLine()"/> itself is not held back, so it may come up to <see cref="FlushInterval"/> before
/// the log lines logged just ahead of it.
/// </remarks>
internal sealed class PipelineConsoleLoggerProvider : ILoggerProvider
{
    /// <summary>How late a line reaches the terminal or the CI log at most.</summary>
    public static readonly TimeSpan FlushInterval = TimeSpan.FromMilliseconds(20);

    private const int MaxRetainedEntryChars = 16 * 1024;

    // What a flushed batch's buffer may keep for the next batch: a run's usual 20 ms of lines, not one burst's.
    private const int MaxRetainedBatchChars = 256 * 1024;

    // Scratch space for formatting one entry off the lock, one per thread (an entry is formatted on the thread logging it).
    [ThreadStatic]
    private static StringWriter? t_entry;

    private readonly PipelineConsoleFormatter _formatter;
    private readonly Func<TextWriter> _output;
    private readonly Lock _gate = new();

    // Held while one batch is taken and written, so two flushes (the timer's and the run's) cannot swap their batches;
    // loggers only take _gate, so they never wait for the write.
    private readonly Lock _writeGate = new();
    private readonly Timer _timer;

    // Two buffers that swap at each flush and keep their capacity: a new buffer per batch grew block by block into
    // fresh memory, and in a short run that cost page faults as well as copies (docs/benchmarks.md).
    private StringBuilder _pending = new();
    private StringBuilder _writing = new();
    private bool _disposed;

    /// <param name="formatter">Formats each entry.</param>
    /// <param name="output">Where the lines go, asked at each write (standard output unless a host redirected it).</param>
    public PipelineConsoleLoggerProvider(PipelineConsoleFormatter formatter, Func<TextWriter> output)
    {
        _formatter = formatter;
        _output = output;
        _timer = new Timer(_ => Flush(), null, FlushInterval, FlushInterval);
        AppDomain.CurrentDomain.ProcessExit += OnProcessExit;

        // A crash skips ProcessExit, and the lines just before it are the ones that explain it.
        AppDomain.CurrentDomain.UnhandledException += OnUnhandledException;
    }

    public ILogger CreateLogger(string categoryName) => new PipelineConsoleLogger(categoryName, this);

    /// <summary>Formats an entry into the buffer, in the order entries are logged.</summary>
    public void Write<TState>(in LogEntry<TState> entry)
    {
        var formatted = t_entry ??= new StringWriter();
        var text = formatted.GetStringBuilder();
        text.Clear();
        _formatter.Write(entry, formatted);
        if (text.Length == 0)
        {
            return;
        }

        lock (_gate)
        {
            _pending.Append(text);
        }

        if (text.Capacity > MaxRetainedEntryChars)
        {
            // One huge entry (an exception's text, a long forwarded batch) should not stay allocated for the thread's life.
            t_entry = null;
        }
    }

    /// <summary>Writes out what is buffered: the lines logged so far come before whatever is written next.</summary>
    public void Flush()
    {
        lock (_writeGate)
        {
            lock (_gate)
            {
                if (_pending.Length == 0)
                {
                    return;
                }

                (_pending, _writing) = (_writing, _pending);
            }

            try
            {
                var output = _output();
                foreach (var chunk in _writing.GetChunks())
                {
                    output.Write(chunk.Span);
                }

                output.Flush();
            }
            catch (IOException)
            {
                // The reader of standard output went away (a closed pipe): there is no one left to tell.
            }
            catch (ObjectDisposedException)
            {
            }
            finally
            {
                _writing.Clear();
                if (_writing.Capacity > MaxRetainedBatchChars)
                {
                    _writing = new StringBuilder();
                }
            }
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
        AppDomain.CurrentDomain.UnhandledException -= OnUnhandledException;
        _timer.Dispose();
        Flush();
    }

    private void OnProcessExit(object? sender, EventArgs e) => Flush();

    private void OnUnhandledException(object? sender, UnhandledExceptionEventArgs e) => Flush();
}
