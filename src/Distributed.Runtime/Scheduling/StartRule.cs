namespace ModularPipelines.Distributed;

/// <summary>
/// Whether a ready node may start at all, and if not, why: a pure function of the node, its dependencies' results, the
/// run's first failure, cancellation and the master's capabilities, so it needs no coordinator and no clock. When a
/// node that may start actually starts (free slots, <see cref="NotInParallelAttribute"/> keys) is the dispatcher's business.
/// </summary>
internal sealed class StartRule(SchedulerSettings settings)
{
    /// <summary>The reason <paramref name="node"/> must not start, or null when it may.</summary>
    /// <param name="node">A node whose dependencies have all finished.</param>
    /// <param name="nodes">The table that holds its dependencies' results and the run's first failure.</param>
    /// <param name="runCancelled">Whether the run is being cancelled.</param>
    public StartRefusal? RefusalFor(GraphNode node, NodeTable nodes, bool runCancelled)
    {
        if (runCancelled)
        {
            return StartRefusal.RunCancelled;
        }

        if (settings.LeftOut?.TryGetValue(node, out var leftOut) == true)
        {
            return new StartRefusal(ModuleStatus.Skipped, leftOut, BecauseOfFailure: false);
        }

        if (!node.Definition.AlwaysRun)
        {
            if (node.Dependencies.FirstOrDefault(d => nodes.ResultOf(d).IsFailure || nodes.StoppedByFailure(d)) is { } blocked)
            {
                return new StartRefusal(ModuleStatus.Skipped, BlockedReason(blocked, nodes.ResultOf(blocked)), BecauseOfFailure: true);
            }

            if (nodes.FirstFailure is { } failure)
            {
                return StartRefusal.PipelineStopped(failure);
            }
        }

        return CapabilityRefusal(node);
    }

    private static string BlockedReason(GraphNode dependency, ModuleResult result) => result.Status switch
    {
        ModuleStatus.TimedOut => $"dependency {dependency.DisplayName} timed out",
        _ when result.IsFailure => $"dependency {dependency.DisplayName} {result.Status.ToString().ToLowerInvariant()}",
        _ => $"dependency {dependency.DisplayName} did not run because of a failure",
    };

    /// <summary>
    /// A node needing a capability the master lacks cannot run where nothing else may: anywhere in one process, or on
    /// the master when it is pinned there. Other nodes wait in their queue for a capable instance.
    /// </summary>
    private StartRefusal? CapabilityRefusal(GraphNode node)
    {
        var missing = node.Definition.RequiredCapabilities.Where(c => !settings.MasterCapabilities.Contains(c, StringComparer.OrdinalIgnoreCase)).ToList();
        if (missing.Count == 0 || (settings.Distributed && !node.Definition.PinToMaster))
        {
            return null;
        }

        var advertised = settings.MasterCapabilities.Count == 0 ? "none" : string.Join(", ", settings.MasterCapabilities.Order(StringComparer.OrdinalIgnoreCase));
        var noun = missing.Count == 1 ? "capability" : "capabilities";
        var names = string.Join(", ", missing);

        // Only instance 0 may run a pinned node, and its capabilities are known now: waiting for a capable instance
        // would only fail later, and a node that may do without one of them is skipped as it would be anywhere else.
        // In one process a module this machine cannot run is skipped, as for any module.
        var optional = missing.Where(c => node.Definition.OptionalCapabilities.Contains(c, StringComparer.OrdinalIgnoreCase)).ToList();
        if (settings.Distributed && optional.Count > 0)
        {
            return new StartRefusal(ModuleStatus.Skipped,
                $"{node.DisplayName} is pinned to the master and requires {(optional.Count == 1 ? "capability" : "capabilities")} {string.Join(", ", optional)} (optional), which the master does not advertise (advertised: {advertised})",
                BecauseOfFailure: false);
        }

        return settings.Distributed
            ? new StartRefusal(ModuleStatus.Failed,
                $"{node.DisplayName} is pinned to the master and requires {noun} {names}, which the master does not advertise (advertised: {advertised}): start instance 0 with --capability {missing[0]}, or remove [PinToMaster] or [RequiresCapability]",
                BecauseOfFailure: false)
            : new StartRefusal(ModuleStatus.Skipped, $"requires {noun} {names}, which this instance does not advertise (advertised: {advertised})", BecauseOfFailure: false);
    }
}
