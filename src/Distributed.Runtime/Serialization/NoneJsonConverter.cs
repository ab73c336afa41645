using System.Text.Json;
using System.Text.Json.Serialization;

namespace ModularPipelines.Distributed;

/// <summary>Writes <see cref="None"/> as <c>{}</c> and reads any object back as <see cref="None.Value"/>.</summary>
internal sealed class NoneJsonConverter : JsonConverter<None>
{
    public override None Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        reader.Skip();
        return None.Value;
    }

    public override void Write(Utf8JsonWriter writer, None value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteEndObject();
    }
}
