namespace ModularPipelines.Distributed;

/// <summary>An instance as far as the master knows it: from the coordinator's live registrations, else from its claims alone.</summary>
/// <param name="Index">0 = master, 1..N-1 = workers.</param>
/// <param name="Capabilities">What it advertised; null when no sample listed it.</param>
/// <param name="Slots">How many modules it runs at once; null when no sample listed it.</param>
/// <param name="Build">Its assembly names; null when no sample listed it.</param>
/// <param name="FirstSeenAt">The first sample that listed it (it joined by then); null when none did.</param>
/// <param name="LastSeenAt">The last sample that listed it (it was live then); null when none did.</param>
/// <param name="LiveAtEnd">Whether the sample taken as the run ended listed it.</param>
internal sealed record ReportInstance(
    int Index,
    IReadOnlyList<string>? Capabilities,
    int? Slots,
    string? Build,
    DateTimeOffset? FirstSeenAt,
    DateTimeOffset? LastSeenAt,
    bool LiveAtEnd);
