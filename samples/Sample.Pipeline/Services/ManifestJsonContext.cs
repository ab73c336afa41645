using System.Text.Json.Serialization;
using Sample.Pipeline.Results;

namespace Sample.Pipeline.Services;

/// <summary>
/// System.Text.Json's own source generator for the files the sample writes: no reflection, so the pipeline
/// binary can still be published with Native AOT.
/// </summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
[JsonSerializable(typeof(PackageManifest))]
public sealed partial class ManifestJsonContext : JsonSerializerContext;
