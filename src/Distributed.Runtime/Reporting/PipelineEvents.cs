using Microsoft.Extensions.Logging;

namespace ModularPipelines.Distributed;

/// <summary>Event ids of the progress lines the console formatter acts on (it closes a module's log group on them).</summary>
internal static class PipelineEvents
{
    /// <summary>A module finished: <c>ok</c>, <c>skip</c>, <c>cancel</c> or <c>FAIL</c>; its state carries <c>Module</c>.</summary>
    public static readonly EventId ModuleFinished = new(1001, nameof(ModuleFinished));

    /// <summary>The instance's part of the run is over: whatever is still held is printed.</summary>
    public static readonly EventId RunEnded = new(1002, nameof(RunEnded));

    /// <summary>
    /// A batch of lines a module on another instance logged, as one entry whose state is a
    /// <see cref="Distributed.ForwardedLines"/>: the console prints each line under its source's prefix.
    /// </summary>
    public static readonly EventId ForwardedLines = new(1003, nameof(ForwardedLines));
}
