using System.Globalization;
using StackExchange.Redis;

namespace ModularPipelines.Distributed;

/// <summary>How the scripts spell values: lease triples in replies, queue members, stored lease values, start entries, flags.</summary>
internal static class ScriptValues
{
    /// <summary>The leases from <paramref name="first"/> on, held by <paramref name="instanceIndex"/>.</summary>
    public static List<WorkLease> Read(RedisResult[] reply, int first, int instanceIndex)
    {
        var leases = new List<WorkLease>((reply.Length - first) / 3);
        for (var i = first; i + 2 < reply.Length; i += 3)
        {
            var attempt = int.TryParse((string)reply[i + 1]!, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0 ? number : 1;
            leases.Add(new WorkLease((string)reply[i]!, attempt, long.Parse((string)reply[i + 2]!, CultureInfo.InvariantCulture), instanceIndex));
        }

        return leases;
    }

    /// <summary>A queue member: <c>node '\n' attempt</c>.</summary>
    public static string Member(WorkItem item) => item.NodeId + "\n" + item.Attempt.ToString(CultureInfo.InvariantCulture);

    /// <summary>A stored lease value <c>token '\n' instance '\n' attempt</c> of a node, or null when it is not that.</summary>
    public static WorkLease? ParseLeaseValue(string nodeId, string value) => ParseTriple(nodeId, value, token: 0, instance: 1, attempt: 2);

    /// <summary>A start entry of the event log, <c>instance '\n' attempt '\n' token</c>, or null when it is not that.</summary>
    public static WorkLease? ParseStart(string nodeId, string start) => ParseTriple(nodeId, start, token: 2, instance: 0, attempt: 1);

    /// <summary>'1' or '0', as the scripts read flags.</summary>
    public static RedisValue Flag(bool value) => value ? "1" : "0";

    /// <summary>Three whole numbers joined by newlines, read as a lease; the arguments say which part is which.</summary>
    private static WorkLease? ParseTriple(string nodeId, string text, int token, int instance, int attempt)
    {
        var parts = text.Split('\n');
        return parts.Length == 3
            && long.TryParse(parts[token], NumberStyles.None, CultureInfo.InvariantCulture, out var tokenValue)
            && int.TryParse(parts[instance], NumberStyles.None, CultureInfo.InvariantCulture, out var instanceValue)
            && int.TryParse(parts[attempt], NumberStyles.None, CultureInfo.InvariantCulture, out var attemptValue)
                ? new WorkLease(nodeId, attemptValue, tokenValue, instanceValue)
                : null;
    }
}
