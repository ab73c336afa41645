namespace ModularPipelines.Distributed;

/// <summary>What an instance sees of the run as a whole.</summary>
/// <param name="Outcome">How the run ended, or null while it runs.</param>
/// <param name="MasterSilence">Time since the master's last heartbeat, by the coordinator's clock; null when it never beat.</param>
public sealed record RunStatus(RunOutcome? Outcome, TimeSpan? MasterSilence);
