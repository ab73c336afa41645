using System.Text.Json.Serialization;

namespace ModularPipelines.Distributed;

/// <summary>
/// Source-generated JSON for the run report (<c>--report</c>); no reflection, AOT-safe. The shape is the one
/// docs/report.schema.json describes: camelCase names, enums as their names, nulls written out, indented for people.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(RunReport))]
internal sealed partial class RunReportJsonContext : JsonSerializerContext;
