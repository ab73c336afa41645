using System.Text.Json;
using Json.Schema;
using ModularPipelines.Distributed.Tests.Shared;

namespace ModularPipelines.Distributed.Runtime.Tests.Support;

/// <summary>docs/report.schema.json, with formats checked (JsonSchema.Net only annotates them by default).</summary>
internal static class ReportSchema
{
    private static readonly JsonSchema Schema = JsonSchema.FromFile(RepositoryRoot.Combine("docs", "report.schema.json"));

    /// <summary>Null when the report <paramref name="json"/> is valid; else every error the schema found, one per line.</summary>
    public static string? Errors(string json)
    {
        using var report = JsonDocument.Parse(json);
        var results = Schema.Evaluate(report.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        return results.IsValid
            ? null
            : string.Join("\n", (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));
    }
}
