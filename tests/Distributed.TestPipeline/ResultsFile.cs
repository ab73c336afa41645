using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ModularPipelines.Distributed.TestPipeline;

/// <summary>
/// Writes every module's result, one tab-separated line each, to the file named by <c>MPD_TEST_RESULTS</c>: id,
/// status, instance, attempts, value as JSON, and the error or skip reason. Only the master has results to write.
/// </summary>
internal static class ResultsFile
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(PipelineRunResult run)
    {
        if (Environment.GetEnvironmentVariable("MPD_TEST_RESULTS") is not { Length: > 0 } path || run.Results.Count == 0)
        {
            return;
        }

        var text = new StringBuilder();
        foreach (var result in run.Results)
        {
            var value = result.GetType().GetProperty(nameof(ModuleResult<int>.Value))?.GetValue(result);
            string[] cells =
            [
                result.ModuleId,
                result.Status.ToString(),
                result.InstanceIndex.ToString(CultureInfo.InvariantCulture),
                result.Attempts.ToString(CultureInfo.InvariantCulture),
                value is null ? "null" : JsonSerializer.Serialize(value, value.GetType(), Json),
                (result.Error?.ToString() ?? result.SkipReason ?? string.Empty)
                    + (result.FailureIgnoredReason is { } ignored ? $" (failure ignored: {ignored})" : string.Empty),
            ];
            text.AppendJoin('\t', cells.Select(Flatten)).Append('\n');
        }

        var temporary = path + ".tmp";
        File.WriteAllText(temporary, text.ToString());
        File.Move(temporary, path, overwrite: true);
    }

    private static string Flatten(string cell) => cell.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ');
}
