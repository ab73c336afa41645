namespace ModularPipelines.Distributed;

/// <summary>
/// One node's part of the <see cref="RunTimeline"/>: its attempts' queue times and its claims. A claim is open from the
/// start the master read in the event log until the node is queued again (its lease was lost), claimed again, or given
/// its result.
/// </summary>
internal sealed class NodeHistory
{
    private readonly Dictionary<int, DateTimeOffset> _queuedAt = [];
    private readonly List<ObservedClaim> _claims = [];
    private (int Attempt, int InstanceIndex, DateTimeOffset SeenAt)? _open;

    /// <summary>The history of a node nothing happened to.</summary>
    public static NodeHistory Empty { get; } = new();

    /// <summary>When its first attempt was queued, on the master's clock; null when it never was.</summary>
    public DateTimeOffset? FirstQueuedAt { get; private set; }

    /// <summary>When the master entered its result, on the master's clock; null before then.</summary>
    public DateTimeOffset? FinishedAt { get; private set; }

    /// <summary>
    /// Whether the coordinator queued its first attempt itself, atomically with its last dependency's success: the
    /// master learns of that only when it next reads the event log, so the time it saw is later than the truth.
    /// </summary>
    public bool QueuedOnRelease { get; set; }

    /// <summary>The claims, in the order they started.</summary>
    public IReadOnlyList<ObservedClaim> Claims => _claims;

    public void Queued(int attempt, DateTimeOffset at)
    {
        CloseOpenClaimAsLost(at);
        FirstQueuedAt ??= at;
        _queuedAt.TryAdd(attempt, at);
    }

    public void Claimed(WorkLease lease, DateTimeOffset seenAt)
    {
        // A claim read while another is open means the other's lease ended unseen: it was lost by then at the latest.
        CloseOpenClaimAsLost(seenAt);
        _open = (lease.Attempt, lease.InstanceIndex, seenAt);
    }

    public void Finished(ModuleResult result, bool reportedByInstance, DateTimeOffset at)
    {
        FinishedAt = at;
        if (!reportedByInstance)
        {
            // The master decided the result itself: whatever claim was open never reported back.
            CloseOpenClaimAsLost(at);
            return;
        }

        // The instance measured its own run: those times are truer than when the master happened to read the start.
        // A coordinator that records no starts leaves no open claim; the result alone still makes one.
        if (_open is null && result.Attempts == 0)
        {
            return;
        }

        var attempt = _open?.Attempt ?? (_queuedAt.Count > 0 ? _queuedAt.Keys.Max() : 1);
        _claims.Add(new ObservedClaim(attempt, result.InstanceIndex, QueuedAtOf(attempt), result.StartedAt, result.StartedAt + result.Duration,
            result.Status, MeasuredByInstance: true));
        _open = null;
    }

    private DateTimeOffset? QueuedAtOf(int attempt) => _queuedAt.TryGetValue(attempt, out var at) ? at : null;

    private void CloseOpenClaimAsLost(DateTimeOffset at)
    {
        if (_open is { } open)
        {
            _claims.Add(new ObservedClaim(open.Attempt, open.InstanceIndex, QueuedAtOf(open.Attempt), open.SeenAt, at, Status: null, MeasuredByInstance: false));
            _open = null;
        }
    }
}
