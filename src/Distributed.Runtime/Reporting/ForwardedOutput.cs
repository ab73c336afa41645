using System.Globalization;
using Microsoft.Extensions.Logging;

namespace ModularPipelines.Distributed;

/// <summary>
/// What modules on other instances logged, printed on the master as it arrives, each line under the module and the
/// instance (<c>12:00:01.250 info BuildModule [3]  building</c>); the last lines of each module are kept so that a
/// failed module's summary shows what it logged before it failed.
/// </summary>
internal sealed class ForwardedOutput(ILoggerFactory loggers)
{
    /// <summary>How many of a module's last lines the summary shows under its failure.</summary>
    public const int TailLines = 20;

    private readonly ILogger _logger = loggers.CreateLogger(typeof(ForwardedOutput).FullName!);
    private readonly Dictionary<(string Module, int Instance), string> _sources = [];
    private readonly Dictionary<string, Queue<string>> _tails = new(StringComparer.Ordinal);

    public void Print(GraphNode node, ModuleOutput output)
    {
        if (!_sources.TryGetValue((node.DisplayName, output.InstanceIndex), out var source))
        {
            source = string.Create(CultureInfo.InvariantCulture, $"{node.DisplayName} [{output.InstanceIndex}]");
            _sources[(node.DisplayName, output.InstanceIndex)] = source;
        }

        if (!_tails.TryGetValue(node.DisplayName, out var tail))
        {
            tail = new Queue<string>();
            _tails[node.DisplayName] = tail;
        }

        if (output.Lines.Count == 0)
        {
            return;
        }

        // One entry per batch, not per line: at thousands of lines a second, each entry's trip through the logging
        // pipeline (and the console's write) on the scheduler's thread is what slowed dispatch.
        _logger.Log(LogLevel.Information, PipelineEvents.ForwardedLines, new ForwardedLines(source, output.Lines), null, static (lines, _) => lines.ToString());
        foreach (var line in output.Lines)
        {
            tail.Enqueue(line);
            if (tail.Count > TailLines)
            {
                tail.Dequeue();
            }
        }
    }

    /// <summary>The last lines each module forwarded, by display name.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Tails() =>
        _tails.ToDictionary(t => t.Key, t => (IReadOnlyList<string>)[.. t.Value], StringComparer.Ordinal);
}
