namespace ModularPipelines.Distributed.Json.Tests.Shapes;

/// <summary>A positional record with extra init-only and computed properties.</summary>
public sealed record PackageResult(string Id, string Version)
{
    public bool Published { get; init; }

    public IReadOnlyList<string> Feeds { get; init; } = [];

    public string Key => $"{Id}@{Version}";
}
