namespace ModularPipelines.Distributed;

/// <summary>
/// Queue names. A node goes to the queue of its exact set of required capabilities and its pinning (and always-run):
/// the name is made of those and nothing else, so every node of a queue can be served by the same instances. The
/// combinations are known from the generated graph, so an instance knows statically which queues it may take from,
/// and no dequeue ever scans.
/// </summary>
public static class WorkQueues
{
    /// <summary>The queue of nodes that require nothing.</summary>
    public const string Any = "any";

    /// <summary>
    /// The queue of nodes pinned to instance 0 that require no capability. A pinned node that requires some goes to the
    /// queue of its set under this name (<c>master/cap:gpu</c>), which a master without them does not serve.
    /// </summary>
    public const string Master = "master";

    /// <summary>
    /// Prefix of the queues of <see cref="AlwaysRunAttribute"/> nodes: after a failure, coordinators hand out work
    /// from these queues only.
    /// </summary>
    public const string AlwaysRunPrefix = "always/";

    /// <summary>The queue for a node that requires <paramref name="capabilities"/> (compared ignoring case).</summary>
    /// <param name="capabilities">The node's required capabilities.</param>
    /// <param name="pinToMaster">Whether the node runs on instance 0 only.</param>
    /// <param name="alwaysRun">Whether the node runs even after a failure.</param>
    /// <returns>The queue name.</returns>
    public static string For(IReadOnlyCollection<string> capabilities, bool pinToMaster, bool alwaysRun)
    {
        ArgumentNullException.ThrowIfNull(capabilities);
        var set = capabilities.Count == 0
            ? null
            : "cap:" + string.Join('+', capabilities.Select(c => c.ToLowerInvariant()).Distinct().Order(StringComparer.Ordinal));
        var queue = (pinToMaster, set) switch
        {
            (false, null) => Any,
            (false, _) => set,
            (true, null) => Master,
            (true, _) => Master + "/" + set,
        };
        return alwaysRun ? AlwaysRunPrefix + queue : queue;
    }

    /// <summary>Whether a queue holds <see cref="AlwaysRunAttribute"/> nodes.</summary>
    /// <param name="queue">The queue name.</param>
    /// <returns>True for an always-run queue.</returns>
    public static bool IsAlwaysRun(string queue) => queue.StartsWith(AlwaysRunPrefix, StringComparison.Ordinal);

    /// <summary>Whether a result stops the run from handing out any but always-run work.</summary>
    /// <param name="status">The result's status.</param>
    /// <returns>True for Failed and TimedOut.</returns>
    public static bool StopsRun(ModuleStatus status) => status is ModuleStatus.Failed or ModuleStatus.TimedOut;

    /// <summary>
    /// Whether a result stops the run from handing out any but always-run work: a Failed or TimedOut one whose failure was
    /// not ignored (<see cref="ModuleResultEnvelope.FailureIgnoredReason"/>).
    /// </summary>
    /// <param name="result">The result.</param>
    /// <returns>True for a failure that counts.</returns>
    public static bool StopsRun(ModuleResultEnvelope result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.FailureIgnoredReason is null && StopsRun(result.Status);
    }
}
