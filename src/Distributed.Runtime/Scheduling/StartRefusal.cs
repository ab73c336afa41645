namespace ModularPipelines.Distributed;

/// <summary>Why a ready node does not start, and so the result it gets instead (see <see cref="StartRule"/>).</summary>
/// <param name="Status">Skipped, Cancelled, or Failed (a pinned node the master cannot run).</param>
/// <param name="Reason">One line for the log and the summary: the skip reason, or the failure's message.</param>
/// <param name="BecauseOfFailure">Whether a failure elsewhere stopped the node, which its own dependents then name.</param>
internal sealed record StartRefusal(ModuleStatus Status, string Reason, bool BecauseOfFailure)
{
    /// <summary>The run was cancelled: nothing starts any more, always-run modules included.</summary>
    public static StartRefusal RunCancelled { get; } = new(ModuleStatus.Cancelled, "the run was cancelled before the module started", BecauseOfFailure: false);

    /// <summary>A module failed: no module starts any more but always-run ones.</summary>
    public static StartRefusal PipelineStopped(GraphNode failure) =>
        new(ModuleStatus.Skipped, $"the pipeline stopped after {failure.DisplayName} failed", BecauseOfFailure: true);

    /// <summary>The result of a node that never ran, decided at <paramref name="at"/>.</summary>
    public ModuleOutcome ToOutcome(DateTimeOffset at) => Status == ModuleStatus.Failed
        ? new(Status, at, TimeSpan.Zero, Attempts: 0, InstanceIndex: 0, ModuleError.FromException(new PipelineConfigurationException(Reason)))
        : new(Status, at, TimeSpan.Zero, Attempts: 0, InstanceIndex: 0, SkipReason: Reason);
}
