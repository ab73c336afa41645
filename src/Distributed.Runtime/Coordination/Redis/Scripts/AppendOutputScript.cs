using System.Globalization;
using System.Text;
using StackExchange.Redis;

namespace ModularPipelines.Distributed;

/// <summary>Lua/append-output.lua: forwards module output into the run's event log, without waiting for the reply.</summary>
internal static class AppendOutputScript
{
    private static readonly RedisScript Script = RedisScript.Load("append-output");

    public static Task RunAsync(IDatabase database, RedisKeys keys, IReadOnlyList<ModuleOutput> output, long ttlMilliseconds)
    {
        var arguments = new List<RedisValue>(1 + (output.Count * 2)) { ttlMilliseconds };
        foreach (var entry in output)
        {
            arguments.Add(entry.NodeId);
            arguments.Add(Text(entry));
        }

        return Script.EvaluateAsync(database, [keys.Completions], [.. arguments], CommandFlags.FireAndForget);
    }

    /// <summary>An output entry's text in the event log: <c>instance '\n' lines</c>, the lines joined by <c>'\n'</c>.</summary>
    public static string Text(ModuleOutput entry) => entry.InstanceIndex.ToString(CultureInfo.InvariantCulture) + "\n" + string.Join('\n', entry.Lines);

    /// <summary>
    /// An output entry's <c>instance '\n' lines</c>, read from the reply's bytes: a line at a time, with no string of the
    /// whole entry in between. Null when it is not that.
    /// </summary>
    public static ModuleOutput? Parse(string nodeId, ReadOnlySpan<byte> text)
    {
        var firstBreak = text.IndexOf((byte)'\n');
        if (!int.TryParse(firstBreak < 0 ? text : text[..firstBreak], NumberStyles.None, CultureInfo.InvariantCulture, out var instance))
        {
            return null;
        }

        if (firstBreak < 0)
        {
            return new ModuleOutput(nodeId, instance, []);
        }

        var rest = text[(firstBreak + 1)..];
        var lines = new string[rest.Count((byte)'\n') + 1];
        for (var index = 0; index < lines.Length - 1; index++)
        {
            var end = rest.IndexOf((byte)'\n');
            lines[index] = Encoding.UTF8.GetString(rest[..end]);
            rest = rest[(end + 1)..];
        }

        lines[^1] = Encoding.UTF8.GetString(rest);
        return new ModuleOutput(nodeId, instance, lines);
    }
}
