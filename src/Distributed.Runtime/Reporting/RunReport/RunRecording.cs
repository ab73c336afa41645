namespace ModularPipelines.Distributed;

/// <summary>
/// What the master records of a run when a report is asked for (<c>--report</c>, <c>--report-html</c>): the scheduler's
/// timeline of every node and the instances the coordinator listed. Without a report nothing is recorded.
/// </summary>
internal sealed class RunRecording(TimeProvider time)
{
    public RunTimeline Timeline { get; } = new(time);

    public InstanceSightings Instances { get; } = new(time);
}
