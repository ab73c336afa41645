using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ModularPipelines.Distributed;

/// <summary>JSON metadata for result types the runtime itself defines.</summary>
internal static class BuiltInResultTypes
{
    public static IJsonTypeInfoResolver Resolver { get; } = new NoneResolver();

    private sealed class NoneResolver : IJsonTypeInfoResolver
    {
        public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options) =>
            type == typeof(None) ? JsonMetadataServices.CreateValueInfo<None>(options, new NoneJsonConverter()) : null;
    }
}
