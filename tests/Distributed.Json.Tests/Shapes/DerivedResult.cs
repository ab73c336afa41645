using System.Text.Json.Serialization;

namespace ModularPipelines.Distributed.Json.Tests.Shapes;

/// <summary>Inheritance: derived properties first, an override, a hiding property and an ignored override.</summary>
public sealed class DerivedResult : BaseResult
{
    public string Extra { get; set; } = string.Empty;

    public override int Score { get; set; }

    public new string? Origin { get; set; }

    [JsonIgnore]
    public override string? Note { get; set; }
}
