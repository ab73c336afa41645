using System.Buffers;

namespace ModularPipelines.Distributed;

/// <summary>
/// Streams a file's content to a store part by part through pooled buffers, with a few writes in flight, so a file is
/// never held whole; and refuses content that is not exactly as long as when it was hashed.
/// </summary>
internal static class ContentParts
{
    /// <summary>
    /// Reads <paramref name="content"/> in parts of <paramref name="partBytes"/> and hands each to
    /// <paramref name="write"/> with its index from 0; a buffer goes back to the pool only when its write has completed,
    /// since the write reads it until then.
    /// </summary>
    /// <param name="file">The file, with the size it had when it was hashed.</param>
    /// <param name="content">The file's content, read to its end.</param>
    /// <param name="partBytes">The size of every part but the last.</param>
    /// <param name="inFlight">Writes in flight at most: enough to hide a round trip, few enough to bound memory.</param>
    /// <param name="write">Stores one part; the segment is valid until the returned task completes.</param>
    /// <param name="isWriteFailure">
    /// The exceptions a write may end with: after another failure they are swallowed while the writes still in flight
    /// are awaited, since the failure already on its way out is the one to report.
    /// </param>
    /// <param name="cancellationToken">Cancels the reads and stops starting writes.</param>
    /// <returns>What each write returned, in part order.</returns>
    public static async Task<List<T>> WriteAsync<T>(
        ArtifactFile file,
        Stream content,
        int partBytes,
        int inFlight,
        Func<long, ArraySegment<byte>, Task<T>> write,
        Func<Exception, bool> isWriteFailure,
        CancellationToken cancellationToken)
    {
        var results = new List<T>();
        var pending = new Queue<(Task<T> Write, byte[] Buffer)>(inFlight);
        try
        {
            var partCount = (file.Size + partBytes - 1) / partBytes;
            for (var i = 0L; i < partCount; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (pending.Count == inFlight)
                {
                    results.Add(await CompleteOldestAsync(pending).ConfigureAwait(false));
                }

                var length = (int)Math.Min(partBytes, file.Size - (i * partBytes));
                var buffer = ArrayPool<byte>.Shared.Rent(length);
                int read;
                try
                {
                    read = await ReadAsync(content, buffer, length, file, cancellationToken).ConfigureAwait(false);
                }
                catch
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                    throw;
                }

                pending.Enqueue((write(i, new ArraySegment<byte>(buffer, 0, read)), buffer));
            }

            await ExpectEndAsync(content, file, cancellationToken).ConfigureAwait(false);
            while (pending.Count > 0)
            {
                results.Add(await CompleteOldestAsync(pending).ConfigureAwait(false));
            }

            return results;
        }
        finally
        {
            // After a failure, let the writes still in flight finish before their buffers are reused.
            while (pending.TryDequeue(out var part))
            {
                try
                {
                    await part.Write.ConfigureAwait(false);
                }
                catch (Exception exception) when (isWriteFailure(exception))
                {
                    // The failure already on its way out is the one to report.
                }
                finally
                {
                    ArrayPool<byte>.Shared.Return(part.Buffer);
                }
            }
        }
    }

    /// <summary>Reads exactly <paramref name="length"/> bytes, or fails because the file got shorter since it was hashed.</summary>
    public static async Task<int> ReadAsync(Stream content, byte[] buffer, int length, ArtifactFile file, CancellationToken cancellationToken)
    {
        var read = await content.ReadAtLeastAsync(buffer.AsMemory(0, length), length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        return read == length
            ? read
            : throw new IOException($"{file.Path} is shorter than the {file.Size:N0} bytes it had when it was hashed: it changed while being published");
    }

    /// <summary>Reading to the end lets the caller's checked stream compare what was read with the hash it measured.</summary>
    public static async Task ExpectEndAsync(Stream content, ArtifactFile file, CancellationToken cancellationToken)
    {
        if (await content.ReadAsync(new byte[1], cancellationToken).ConfigureAwait(false) != 0)
        {
            throw new IOException($"{file.Path} is longer than the {file.Size:N0} bytes it had when it was hashed: it changed while being published");
        }
    }

    private static async Task<T> CompleteOldestAsync<T>(Queue<(Task<T> Write, byte[] Buffer)> pending)
    {
        var (write, buffer) = pending.Peek();
        try
        {
            return await write.ConfigureAwait(false);
        }
        finally
        {
            pending.Dequeue();
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
