using System.Text;
using System.Text.Json;
using StackExchange.Redis;

namespace ModularPipelines.Distributed;

/// <summary>Lua/enqueue.lua: queues ready nodes and records the releases planned on them.</summary>
internal static class EnqueueScript
{
    private static readonly RedisScript Script = RedisScript.Load("enqueue");

    public static Task RunAsync(IDatabase database, RedisKeys keys, RedisKey callReply, IReadOnlyList<WorkItem> items, IReadOnlyList<WorkRelease> releases, long ttlMilliseconds)
    {
        var scriptKeys = new RedisKey[items.Count + 3];
        var arguments = new RedisValue[(items.Count * 2) + 3];
        scriptKeys[0] = keys.Sequence;
        scriptKeys[1] = keys.Releases;
        scriptKeys[2] = callReply;
        arguments[0] = ttlMilliseconds;
        arguments[1] = keys.WorkSignal.ToString();
        arguments[2] = ReleasePlan(releases);
        for (var i = 0; i < items.Count; i++)
        {
            scriptKeys[i + 3] = keys.Queue(items[i].Queue);
            arguments[(2 * i) + 3] = ScriptValues.Member(items[i]);
            arguments[(2 * i) + 4] = items[i].Priority;
        }

        return Script.EvaluateAsync(database, scriptKeys, arguments);
    }

    /// <summary>
    /// The releases as enqueue.lua stores them: node id → [[queue name, member, priority, dependent id], …]. Queue names,
    /// not keys: complete.lua is given the keys it may write in KEYS.
    /// </summary>
    private static string ReleasePlan(IReadOnlyList<WorkRelease> releases)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var group in releases.GroupBy(r => r.AfterNodeId, StringComparer.Ordinal))
            {
                writer.WriteStartArray(group.Key);
                foreach (var release in group)
                {
                    writer.WriteStartArray();
                    writer.WriteStringValue(release.Item.Queue);
                    writer.WriteStringValue(ScriptValues.Member(release.Item));
                    writer.WriteNumberValue(release.Item.Priority);
                    writer.WriteStringValue(release.Item.NodeId);
                    writer.WriteEndArray();
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
