using StackExchange.Redis;

namespace ModularPipelines.Distributed;

/// <summary>
/// One entry of the run's event log (the completions stream) with its fields read in one pass. Looking fields up by
/// name (<c>entry["node"]</c>) compared each field's raw name with a text one as <see cref="RedisValue"/>s, which
/// decodes the name and tries it as a number first: for every entry, once per field asked for. That was a fifth of the
/// master's time reading the log (docs/benchmarks.md).
/// </summary>
/// <param name="Node">The node the entry is about.</param>
/// <param name="Output">Lines the module logged (<c>instance '\n' lines</c>), on an output entry.</param>
/// <param name="Started">A start's lease (<c>instance '\n' attempt '\n' token</c>), on a start entry.</param>
/// <param name="Released">The dependents a result released, joined by <c>'\n'</c>, on a result entry.</param>
/// <param name="Result">The result envelope's JSON, on a result entry.</param>
internal readonly record struct CompletionEntry(RedisValue Node, RedisValue Output, RedisValue Started, RedisValue Released, RedisValue Result)
{
    /// <summary>The fields this log's scripts write; any other field is ignored.</summary>
    public static CompletionEntry Read(StreamEntry entry)
    {
        RedisValue node = default, output = default, started = default, released = default, result = default;
        foreach (var field in entry.Values)
        {
            var name = ((ReadOnlyMemory<byte>)field.Name).Span;
            if (name.SequenceEqual("node"u8))
            {
                node = field.Value;
            }
            else if (name.SequenceEqual("output"u8))
            {
                output = field.Value;
            }
            else if (name.SequenceEqual("started"u8))
            {
                started = field.Value;
            }
            else if (name.SequenceEqual("released"u8))
            {
                released = field.Value;
            }
            else if (name.SequenceEqual("result"u8))
            {
                result = field.Value;
            }
        }

        return new CompletionEntry(node, output, started, released, result);
    }
}
