using System.Text.Json.Serialization;

namespace ModularPipelines.Distributed.Json.Tests.Unsupported;

/// <summary>A custom converter owns the shape.</summary>
[JsonConverter(typeof(ConvertedResultConverter))]
public sealed class ConvertedResult
{
    public string Text { get; set; } = string.Empty;
}
