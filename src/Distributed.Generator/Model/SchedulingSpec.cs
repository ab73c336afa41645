namespace ModularPipelines.Distributed.Generator.Model;

/// <summary>
/// How the scheduler treats every node of a module, read from its attributes: where they may run, which keys they hold
/// exclusively, how long and how often an attempt runs, and whether they run after a failure.
/// </summary>
internal sealed record SchedulingSpec
{
    public required bool PinToMaster { get; init; }

    /// <summary>Empty when the module has no <c>[NotInParallel]</c>; the type id when it has one without keys.</summary>
    public required EquatableArray<string> NotInParallelKeys { get; init; }

    /// <summary>Null when the module has no usable <c>[ModuleTimeout]</c>.</summary>
    public required double? TimeoutSeconds { get; init; }

    /// <summary>
    /// Retries after the first attempt; null without a usable <c>[ModuleRetry]</c>, so that the run's <c>--retries</c>
    /// applies (a declared 0 is no retry, whatever the run says).
    /// </summary>
    public required int? Retries { get; init; }

    public required int RetryBackoffMilliseconds { get; init; }

    public required bool AlwaysRun { get; init; }

    /// <summary>The <c>[Category]</c> names, repeats (ignoring case) and blanks dropped, in declaration order.</summary>
    public EquatableArray<string> Categories { get; init; } = EquatableArray<string>.Empty;
}
