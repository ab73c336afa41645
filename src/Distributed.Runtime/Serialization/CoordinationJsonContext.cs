using System.Text.Json.Serialization;

namespace ModularPipelines.Distributed;

/// <summary>Source-generated JSON for what instances exchange through a coordinator; no reflection, AOT-safe.</summary>
[JsonSourceGenerationOptions(UseStringEnumConverter = true)]
[JsonSerializable(typeof(ModuleResultEnvelope))]
[JsonSerializable(typeof(InstanceRegistration))]
[JsonSerializable(typeof(RunManifest))]
internal sealed partial class CoordinationJsonContext : JsonSerializerContext;
