using System.Globalization;
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

    /// <summary>An output entry's <c>instance '\n' lines</c>, or null when it is not that.</summary>
    public static ModuleOutput? Parse(string nodeId, string text)
    {
        var parts = text.Split('\n');
        return int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var instance)
            ? new ModuleOutput(nodeId, instance, parts[1..])
            : null;
    }
}
