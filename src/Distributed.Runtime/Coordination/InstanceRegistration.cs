namespace ModularPipelines.Distributed;

/// <summary>What an instance tells the run when it joins.</summary>
/// <param name="InstanceIndex">0 = master, 1..N-1 = workers.</param>
/// <param name="Capabilities">The capabilities it advertises, the OS name included.</param>
/// <param name="Fingerprint">Its graph fingerprint; it must equal the master's.</param>
/// <param name="Slots">How many modules it runs at once.</param>
/// <param name="Build">Its assembly name and version, for messages about mismatched builds.</param>
public sealed record InstanceRegistration(int InstanceIndex, IReadOnlyList<string> Capabilities, string Fingerprint, int Slots, string Build);
