using System.Text;

namespace ModularPipelines.Distributed;

/// <summary>What a program wrote: each stream in full, and the last lines of both, in order, for a failure's message.</summary>
internal sealed class CommandOutput(int tailLines)
{
    private readonly Lock _gate = new();
    private readonly StringBuilder _standardOutput = new();
    private readonly StringBuilder _standardError = new();
    private readonly Queue<string> _tail = new();

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
            _tail.Enqueue(line);
            if (_tail.Count > tailLines)
            {
                _tail.Dequeue();
            }
        }
    }

    /// <summary>The last lines, introduced, or nothing when there was no output.</summary>
    public string TailText()
    {
        lock (_gate)
        {
            return _tail.Count == 0 ? string.Empty : $"; its last {_tail.Count} lines of output:\n" + string.Join('\n', _tail);
        }
    }
}
