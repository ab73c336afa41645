using System.Text.Json.Serialization;

namespace ModularPipelines.Distributed;

/// <summary>Source-generated JSON for artifact manifests in the built-in stores; no reflection, AOT-safe.</summary>
[JsonSourceGenerationOptions(IgnoreReadOnlyProperties = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ArtifactManifest))]
internal sealed partial class ArtifactJsonContext : JsonSerializerContext;
