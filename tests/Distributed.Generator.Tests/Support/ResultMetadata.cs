using System.Text.Json;

namespace ModularPipelines.Distributed.Generator.Tests.Support;

/// <summary>Which result types the generated JSON resolver cannot describe, checked the way the runtime does.</summary>
internal static class ResultMetadata
{
    public static IReadOnlyList<string> TypesWithoutMetadata(PipelineDefinition graph)
    {
        var options = new JsonSerializerOptions { TypeInfoResolver = graph.ResultTypeResolver };
        options.MakeReadOnly();
        var missing = new List<string>();
        foreach (var type in graph.Modules.Select(m => m.ResultType).Distinct())
        {
            try
            {
                if (!options.TryGetTypeInfo(type, out var info))
                {
                    missing.Add($"{type}: no metadata");
                }
                else
                {
                    // Touching the properties resolves the metadata of every nested type too.
                    _ = info.Properties.Count;
                }
            }
            catch (Exception exception) when (exception is NotSupportedException or InvalidOperationException)
            {
                missing.Add($"{type}: {exception.Message}");
            }
        }

        return missing;
    }
}
