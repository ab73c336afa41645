using System.Text.Json;

namespace ModularPipelines.Distributed.Runtime.Tests.Support;

/// <summary>Reads a written report the way a consumer of the file would: by its JSON names.</summary>
internal static class ReportJson
{
    /// <summary>The module object whose displayName is <paramref name="displayName"/>.</summary>
    public static JsonElement Module(this JsonDocument report, string displayName) =>
        report.RootElement.GetProperty("modules").EnumerateArray().Single(m => m.GetProperty("displayName").GetString() == displayName);

    public static IReadOnlyList<JsonElement> Claims(this JsonElement module) => [.. module.GetProperty("claims").EnumerateArray()];

    public static string? Text(this JsonElement element, string name) => element.GetProperty(name).GetString();

    public static DateTimeOffset Time(this JsonElement element, string name) => element.GetProperty(name).GetDateTimeOffset();

    public static bool IsNull(this JsonElement element, string name) => element.GetProperty(name).ValueKind == JsonValueKind.Null;
}
