using System.Runtime.InteropServices;

namespace ModularPipelines.Distributed;

/// <summary>
/// A small file's whole content, read once by the runtime, which measured its size and SHA-256 from these very bytes:
/// what <see cref="IArtifactStore.PutBatchAsync"/> stores.
/// </summary>
/// <param name="file">The file, with the size and SHA-256 of <paramref name="bytes"/>.</param>
/// <param name="bytes">The content; the caller's buffer, valid only until the call it was handed to completes.</param>
public sealed class ArtifactContent(ArtifactFile file, ReadOnlyMemory<byte> bytes)
{
    /// <summary>The file, with the size and SHA-256 of <see cref="Bytes"/>.</summary>
    public ArtifactFile File { get; } = file;

    /// <summary>The content: a store must not keep it beyond the call it was handed to, since the buffer is reused.</summary>
    public ReadOnlyMemory<byte> Bytes { get; } = bytes;

    /// <summary>A read-only stream over <see cref="Bytes"/>, for a store that stores streams.</summary>
    /// <returns>A stream positioned at the content's start; disposing it is optional.</returns>
    public Stream OpenRead() =>
        MemoryMarshal.TryGetArray(Bytes, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(Bytes.ToArray(), writable: false);
}
