namespace ModularPipelines.Distributed;

/// <summary>
/// Puts the run's report together once it has ended: every node's result, what the scheduler's timeline saw of it, and
/// the instances the coordinator listed. Failure texts and skip reasons are masked, as everything else the pipeline writes.
/// </summary>
internal static class RunReportBuilder
{
    /// <param name="graph">The run's graph.</param>
    /// <param name="options">The master's options.</param>
    /// <param name="result">The master's exit code and every node's result.</param>
    /// <param name="recording">What the master recorded while it scheduled.</param>
    /// <param name="startedAt">When the master started the run.</param>
    /// <param name="endedAt">When the run ended.</param>
    /// <param name="secrets">The secrets to mask.</param>
    public static RunReport Build(
        PipelineGraph graph,
        DistributedOptions options,
        PipelineRunResult result,
        RunRecording recording,
        DateTimeOffset startedAt,
        DateTimeOffset endedAt,
        SecretMasker secrets)
    {
        var run = new ReportRun(
            options.RunId ?? "local",
            graph.Fingerprint,
            string.Join("+", graph.AssemblyNames),
            options.Enabled,
            options.TotalInstances,
            result.ExitCode switch { PipelineExitCode.Succeeded => ReportOutcome.Succeeded, PipelineExitCode.Cancelled => ReportOutcome.Cancelled, _ => ReportOutcome.Failed },
            result.ExitCode,
            startedAt,
            endedAt,
            Milliseconds(endedAt - startedAt));
        var byId = result.Results.ToDictionary(r => r.ModuleId, StringComparer.Ordinal);
        var nodes = graph.Nodes.Where(n => byId.ContainsKey(n.Id)).ToList();
        var claims = nodes.SelectMany(n => recording.Timeline.Of(n).Claims).ToList();
        var slots = SlotLanes.Assign([.. claims.Select(c => (c.InstanceIndex, c.StartedAt, c.EndedAt))]);
        // By reference: two claims alike in every field are still two bars.
        var slotOf = new Dictionary<ObservedClaim, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < claims.Count; i++)
        {
            slotOf[claims[i]] = slots[i];
        }

        var ends = nodes.ToDictionary(n => n, n => EndedAt(byId[n.Id], recording.Timeline.Of(n)));
        var modules = nodes.Select(node => Module(node, byId[node.Id], recording.Timeline.Of(node), QueuedAt(node, recording.Timeline.Of(node), ends),
            ends[node], c => slotOf[c], secrets)).ToList();
        return new RunReport(RunReport.CurrentSchemaVersion, run, Instances(recording.Instances.All, modules), modules);
    }

    private static ReportModule Module(
        GraphNode node,
        ModuleResult result,
        NodeHistory history,
        DateTimeOffset? queuedAt,
        DateTimeOffset endedAt,
        Func<ObservedClaim, int> slotOf,
        SecretMasker secrets)
    {
        var claims = history.Claims.Select(c => new ReportClaim(
            c.Attempt,
            c.InstanceIndex,
            slotOf(c),
            c.Attempt == 1 && history.QueuedOnRelease ? queuedAt : c.QueuedAt,
            c.StartedAt,
            c.EndedAt,
            Milliseconds(c.EndedAt - c.StartedAt),
            c.Status is { } status ? ClaimStatusOf(status) : ReportClaimStatus.Lost,
            c.MeasuredByInstance ? ReportClock.Instance : ReportClock.Master)).ToList();
        return new ReportModule(
            result.ModuleId,
            result.DisplayName,
            result.MatrixTarget,
            [.. node.Dependencies.Select(d => d.Id)],
            result.Status,
            result.Attempts > 0 ? result.InstanceIndex : null,
            result.Attempts,
            queuedAt,
            claims.FirstOrDefault()?.StartedAt,
            endedAt,
            Milliseconds(result.Duration),
            result.SkipReason is { } reason ? secrets.Apply(reason) : null,
            result.Error is { } error ? new ReportFailure(error.TypeName, secrets.Apply(error.Message), secrets.Apply(error.Details)) : null,
            result.FailureIgnoredReason is { } ignored ? secrets.Apply(ignored) : null,
            claims,
            result.ArtifactBytesIn,
            result.ArtifactBytesOut);
    }

    /// <summary>When the node got its result: its last claim's end as its instance measured it, else when the master decided it.</summary>
    private static DateTimeOffset EndedAt(ModuleResult result, NodeHistory history) =>
        history.Claims is [.., { MeasuredByInstance: true } reported]
            ? reported.EndedAt
            : history.FinishedAt ?? result.StartedAt + result.Duration;

    /// <summary>
    /// When the node was first queued. The master queued most nodes itself and knows when; a node the coordinator
    /// released on its last dependency's success was queued the moment that dependency ended, which is when the
    /// dependency to finish last got its result.
    /// </summary>
    private static DateTimeOffset? QueuedAt(GraphNode node, NodeHistory history, Dictionary<GraphNode, DateTimeOffset> endedAt) =>
        history.QueuedOnRelease && node.Dependencies.Count > 0 && node.Dependencies.All(endedAt.ContainsKey)
            ? node.Dependencies.Max(d => endedAt[d])
            : history.FirstQueuedAt;

    /// <summary>Every instance a sample listed, and those known only because they claimed something.</summary>
    private static List<ReportInstance> Instances(IReadOnlyList<InstanceSighting> sightings, List<ReportModule> modules)
    {
        var instances = sightings.Select(s => new ReportInstance(
            s.Registration.InstanceIndex, s.Registration.Capabilities, s.Registration.Slots, s.Registration.Build, s.FirstSeenAt, s.LastSeenAt, s.LiveAtEnd)).ToList();
        var unlisted = modules.SelectMany(m => m.Claims.Select(c => c.Instance)).Distinct().Where(i => instances.TrueForAll(known => known.Index != i));
        instances.AddRange(unlisted.Select(i => new ReportInstance(i, Capabilities: null, Slots: null, Build: null, FirstSeenAt: null, LastSeenAt: null, LiveAtEnd: false)));
        return [.. instances.OrderBy(i => i.Index)];
    }

    private static ReportClaimStatus ClaimStatusOf(ModuleStatus status) => status switch
    {
        ModuleStatus.Succeeded => ReportClaimStatus.Succeeded,
        ModuleStatus.Failed => ReportClaimStatus.Failed,
        ModuleStatus.TimedOut => ReportClaimStatus.TimedOut,
        ModuleStatus.Cancelled => ReportClaimStatus.Cancelled,
        _ => ReportClaimStatus.Skipped,
    };

    /// <summary>Tenths of a millisecond are as fine as anyone reads a CI timeline.</summary>
    private static double Milliseconds(TimeSpan duration) => Math.Round(duration.TotalMilliseconds, 1);
}
