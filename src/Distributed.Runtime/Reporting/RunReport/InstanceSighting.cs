namespace ModularPipelines.Distributed;

/// <summary>An instance as the master's samples of the live registrations saw it.</summary>
/// <param name="Registration">What it registered when it joined: capabilities, slots, build.</param>
/// <param name="FirstSeenAt">The first sample that listed it, on the master's clock: it had joined by then.</param>
/// <param name="LastSeenAt">The last sample that listed it: it was live then.</param>
/// <param name="LiveAtEnd">Whether the last sample, taken when the run ended, listed it.</param>
internal sealed record InstanceSighting(InstanceRegistration Registration, DateTimeOffset FirstSeenAt, DateTimeOffset LastSeenAt, bool LiveAtEnd);
