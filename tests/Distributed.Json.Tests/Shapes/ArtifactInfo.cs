namespace ModularPipelines.Distributed.Json.Tests.Shapes;

/// <summary>Required and init-only properties with initializers: no constructor parameters at all.</summary>
public sealed record ArtifactInfo
{
    public required string Name { get; init; }

    public long Size { get; init; }

    public string? Hash { get; init; } = "none";

    public IReadOnlyList<string> Files { get; init; } = [];
}
