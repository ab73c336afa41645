using System.Text.Json.Serialization;

namespace ModularPipelines.Distributed.Json.Tests.Shapes;

/// <summary>Constructor parameters bound to a renamed property and to an ignored one (which gets its default).</summary>
public sealed record RenamedRecord(
    [property: JsonPropertyName("id")] string Identifier,
    [property: JsonIgnore] int Secret = 7,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Comment = null);
