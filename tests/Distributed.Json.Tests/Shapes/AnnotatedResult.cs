using System.Text.Json.Serialization;

namespace ModularPipelines.Distributed.Json.Tests.Shapes;

/// <summary>[JsonPropertyName], every [JsonIgnore] condition, [JsonPropertyOrder], [JsonInclude] and [JsonRequired].</summary>
public sealed class AnnotatedResult
{
    [JsonPropertyName("build_id")]
    public int BuildId { get; set; }

    [JsonPropertyName("naïve \"quoted\" / ünïcödé \\ name")]
    public string? Odd { get; set; }

    [JsonIgnore]
    public string Internal { get; set; } = "hidden";

    [JsonIgnore]
    public Action? Callback { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? OptionalNote { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public int RetryCount { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? AlwaysWritten { get; set; }

    [JsonPropertyOrder(-1)]
    public string First { get; set; } = "first";

    [JsonPropertyOrder(10)]
    public string Last { get; set; } = "last";

    [JsonInclude]
    public string Included { get; set; } = "included";

    [JsonRequired]
    public string Mandatory { get; set; } = "mandatory";
}
