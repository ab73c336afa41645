using System.Text;

namespace ModularPipelines.Distributed;

/// <summary>
/// What a program wrote: each stream in full, and the last lines of each for a failure's message. Kept per stream:
/// the two pipes are read side by side, so their relative order is not the program's, and one shared tail could lose
/// the one error line among a flood of output.
/// </summary>
internal sealed class CommandOutput(int tailLines)
{
    private readonly Lock _gate = new();
    private readonly StringBuilder _standardOutput = new();
    private readonly StringBuilder _standardError = new();
    private readonly Queue<string> _outputTail = new();
    private readonly Queue<string> _errorTail = new();

    public string StandardOutput
    {
        get
        {
            lock (_gate)
            {
                return _standardOutput.ToString();
            }
        }
    }

    public string StandardError
    {
        get
        {
            lock (_gate)
            {
                return _standardError.ToString();
            }
        }
    }

    public void Add(string line, bool isError)
    {
        lock (_gate)
        {
            (isError ? _standardError : _standardOutput).Append(line).Append('\n');
            var tail = isError ? _errorTail : _outputTail;
            tail.Enqueue(line);
            if (tail.Count > tailLines)
            {
                tail.Dequeue();
            }
        }
    }

    /// <summary>The last lines of each stream that had any, introduced; nothing when there was no output.</summary>
    public string TailText()
    {
        lock (_gate)
        {
            var text = new StringBuilder();
            Append(text, "standard output", _outputTail);
            Append(text, "standard error", _errorTail);
            return text.ToString();
        }
    }

    private static void Append(StringBuilder text, string stream, Queue<string> tail)
    {
        if (tail.Count > 0)
        {
            text.Append(tail.Count == 1 ? $"; its last line of {stream}:\n" : $"; its last {tail.Count} lines of {stream}:\n").AppendJoin('\n', tail);
        }
    }
}
