using System.Text.Json;

namespace ModularPipelines.Distributed;

/// <summary>A manifest read back from a store: JSON that does not parse is refused with the artifact named.</summary>
internal static class ArtifactManifestJson
{
    public static byte[] Write(ArtifactManifest manifest) => JsonSerializer.SerializeToUtf8Bytes(manifest, ArtifactJsonContext.Default.ArtifactManifest);

    /// <exception cref="ArtifactException">The JSON is not a manifest.</exception>
    public static ArtifactManifest Read(ReadOnlySpan<byte> json, string producerId, string name, string storeName)
    {
        try
        {
            return JsonSerializer.Deserialize(json, ArtifactJsonContext.Default.ArtifactManifest)
                ?? throw new JsonException("it is null");
        }
        catch (JsonException exception)
        {
            throw new ArtifactException($"artifact '{name}' of {producerId}: its manifest in {storeName} is not a manifest ({exception.Message}): it is refused", exception);
        }
    }
}
