using System.Text.Json.Serialization;

namespace ModularPipelines.Distributed.Json.Tests.Unsupported;

/// <summary>Two properties with one JSON name: System.Text.Json throws.</summary>
public sealed class NameConflict
{
    public string? Name { get; set; }

    [JsonPropertyName("Name")]
    public string? Title { get; set; }
}
