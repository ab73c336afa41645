using System.Text.Json;
using System.Text.Json.Serialization;

namespace ModularPipelines.Distributed.Json.Tests.Unsupported;

public sealed class ExtensionDataResult
{
    public string Name { get; set; } = string.Empty;

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
