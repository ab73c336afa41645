using System.Text.Json.Serialization;

namespace ModularPipelines.Distributed.Json.Tests.Unsupported;

/// <summary>Written as names through a converter, not as numbers.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<NamedLevel>))]
public enum NamedLevel
{
    Alpha,
    Beta,
}
