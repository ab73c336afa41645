using System.Buffers;
using System.Security.Cryptography;

namespace ModularPipelines.Distributed;

/// <summary>
/// Small files of an artifact, read once: whole into one pooled buffer per batch, hashed there and handed to the store
/// from there (<see cref="IArtifactStore.PutBatchAsync"/>). A build's output is mostly small files, for which a second
/// read and a store call each would cost more than their bytes; a large file is hashed in one pass and streamed in a
/// second one instead, so that it is never held whole.
/// </summary>
internal sealed class SmallFileBatch : IDisposable
{
    /// <summary>The largest file read whole into a batch.</summary>
    public const int MaxFileBytes = 1024 * 1024;

    /// <summary>A batch's bytes at most (but for one file of <see cref="MaxFileBytes"/>): with 8 batches in flight, 8 MiB.</summary>
    private const int MaxBatchBytes = 1024 * 1024;

    /// <summary>A batch's files at most, so that a batch of empty or tiny files stays a short call for the store.</summary>
    private const int MaxBatchFiles = 256;

    private readonly byte[] _buffer;

    private SmallFileBatch(byte[] buffer, IReadOnlyList<ArtifactContent> contents)
    {
        _buffer = buffer;
        Contents = contents;
    }

    /// <summary>The batch's files with their content, in the order they were asked for.</summary>
    public IReadOnlyList<ArtifactContent> Contents { get; }

    /// <summary>Groups the indexes of the files of at most <see cref="MaxFileBytes"/>, in order, into batches.</summary>
    /// <param name="sizes">Every file's size, by index.</param>
    /// <returns>The batches, each a list of indexes into <paramref name="sizes"/>.</returns>
    public static List<List<int>> Group(IReadOnlyList<long> sizes)
    {
        var batches = new List<List<int>>();
        var current = new List<int>();
        var bytes = 0L;
        for (var i = 0; i < sizes.Count; i++)
        {
            if (sizes[i] > MaxFileBytes)
            {
                continue;
            }

            if (current.Count > 0 && (bytes + sizes[i] > MaxBatchBytes || current.Count == MaxBatchFiles))
            {
                batches.Add(current);
                current = [];
                bytes = 0;
            }

            current.Add(i);
            bytes += sizes[i];
        }

        if (current.Count > 0)
        {
            batches.Add(current);
        }

        return batches;
    }

    /// <summary>
    /// Reads and hashes the files of one batch. The reads are synchronous: a small file comes from the page cache in
    /// microseconds, where an asynchronous read costs a trip through the thread pool per file.
    /// </summary>
    /// <param name="files">The batch's files: workspace-relative path, full path, and the size that grouped them.</param>
    /// <param name="describe">Names the artifact in messages.</param>
    /// <exception cref="ArtifactException">A file's size changed since it was measured.</exception>
    public static SmallFileBatch Read(IReadOnlyList<(string Path, string FullPath, long Size)> files, Func<string> describe)
    {
        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Max(1, files.Sum(f => f.Size)));
        try
        {
            var contents = new ArtifactContent[files.Count];
            Span<byte> sha = stackalloc byte[SHA256.HashSizeInBytes];
            var offset = 0;
            for (var i = 0; i < files.Count; i++)
            {
                var (path, fullPath, size) = files[i];
                var bytes = buffer.AsMemory(offset, (int)size);
                ReadWhole(fullPath, bytes.Span, () => CheckedReadStream.Changed(describe, path));
                SHA256.HashData(bytes.Span, sha);
                contents[i] = new ArtifactContent(new ArtifactFile(path, size, ContentHash.Hex(sha)), bytes);
                offset += (int)size;
            }

            return new SmallFileBatch(buffer, contents);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    /// <summary>Hands the buffer back; the store must be done with <see cref="Contents"/>.</summary>
    public void Dispose() => ArrayPool<byte>.Shared.Return(_buffer);

    private static void ReadWhole(string fullPath, Span<byte> destination, Func<ArtifactException> changed)
    {
        using var handle = File.OpenHandle(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read);
        if (RandomAccess.GetLength(handle) != destination.Length)
        {
            throw changed();
        }

        var done = 0;
        while (done < destination.Length)
        {
            var read = RandomAccess.Read(handle, destination[done..], done);
            if (read == 0)
            {
                throw changed();
            }

            done += read;
        }
    }
}
