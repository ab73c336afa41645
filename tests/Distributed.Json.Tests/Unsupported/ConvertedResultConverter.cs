using System.Text.Json;
using System.Text.Json.Serialization;

namespace ModularPipelines.Distributed.Json.Tests.Unsupported;

/// <summary>Writes <see cref="ConvertedResult"/> as a bare string.</summary>
public sealed class ConvertedResultConverter : JsonConverter<ConvertedResult>
{
    public override ConvertedResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new() { Text = reader.GetString() ?? string.Empty };

    public override void Write(Utf8JsonWriter writer, ConvertedResult value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Text);
}
