using System.Collections.Concurrent;

namespace ModularPipelines.Distributed;

/// <summary>
/// One artifact's files on their way into a store. A file of up to <see cref="SmallFileBatch.MaxFileBytes"/> is read
/// once, in a batch (<see cref="SmallFileBatch"/>), and stored from that read; a larger one is hashed, then streamed to
/// the store unless it holds it already, checked against that hash as it goes (<see cref="CheckedReadStream"/>).
/// Identical content at several paths is stored once: the first file to claim its SHA-256 stores it.
/// </summary>
/// <param name="store">Where the content goes.</param>
/// <param name="producerId">The publishing node.</param>
/// <param name="name">The artifact's name.</param>
/// <param name="paths">The files' workspace-relative paths.</param>
/// <param name="fullPaths">The same files' checked full paths.</param>
/// <param name="describe">Names the artifact in messages.</param>
internal sealed class ArtifactUpload(IArtifactStore store, string producerId, string name, IReadOnlyList<string> paths, string[] fullPaths, Func<string> describe)
{
    // Measured before the upload, to tell small files from large ones and to size each batch's buffer.
    private readonly long[] _sizes = [.. fullPaths.Select(path => new FileInfo(path).Length)];
    private readonly ArtifactFile[] _files = new ArtifactFile[paths.Count];
    private readonly ConcurrentDictionary<string, bool> _claimed = new(StringComparer.Ordinal);
    private int _moved;
    private long _bytesMoved;

    /// <summary>
    /// Stores every file, <paramref name="parallelism"/> large files or batches at once, in one queue with the large
    /// files first: hashing one file overlaps with storing others, and the long transfers start while the small files
    /// fill the gaps.
    /// </summary>
    /// <returns>The manifest (not yet visible), and what crossed to the store.</returns>
    public async Task<(ArtifactManifest Manifest, int FilesMoved, long BytesMoved)> RunAsync(int parallelism, CancellationToken cancellationToken)
    {
        var work = Enumerable.Range(0, paths.Count)
            .Where(i => _sizes[i] > SmallFileBatch.MaxFileBytes)
            .Select(i => (Func<CancellationToken, Task>)(token => PublishLargeAsync(i, token)))
            .Concat(SmallFileBatch.Group(_sizes).Select(batch => (Func<CancellationToken, Task>)(token => PublishSmallAsync(batch, token))))
            .ToList();
        await Parallel.ForEachAsync(
            work,
            new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken },
            async (publish, token) => await publish(token).ConfigureAwait(false)).ConfigureAwait(false);
        return (new ArtifactManifest(producerId, name, _files), _moved, _bytesMoved);
    }

    private async Task PublishLargeAsync(int index, CancellationToken cancellationToken)
    {
        var file = _files[index] = await ContentHash.OfFileAsync(fullPaths[index], paths[index], cancellationToken).ConfigureAwait(false);
        if (!_claimed.TryAdd(file.Sha256, true) || await store.ContainsAsync(file.Sha256, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        await using (var content = new CheckedReadStream(ContentHash.OpenRead(fullPaths[index]), file, describe))
        {
            await store.PutAsync(new ArtifactManifest(producerId, name, [file]), file, content, cancellationToken).ConfigureAwait(false);
        }

        Moved(file);
    }

    private async Task PublishSmallAsync(List<int> batch, CancellationToken cancellationToken)
    {
        using var read = SmallFileBatch.Read([.. batch.Select(i => (paths[i], fullPaths[i], _sizes[i]))], describe);
        for (var k = 0; k < batch.Count; k++)
        {
            _files[batch[k]] = read.Contents[k].File;
        }

        var contents = read.Contents.Where(c => _claimed.TryAdd(c.File.Sha256, true)).ToList();
        if (contents.Count == 0)
        {
            return;
        }

        var stored = await store.PutBatchAsync(new ArtifactManifest(producerId, name, [.. contents.Select(c => c.File)]), contents, cancellationToken).ConfigureAwait(false);
        for (var k = 0; k < contents.Count; k++)
        {
            if (stored[k])
            {
                Moved(contents[k].File);
            }
        }
    }

    private void Moved(ArtifactFile file)
    {
        Interlocked.Increment(ref _moved);
        Interlocked.Add(ref _bytesMoved, file.Size);
    }
}
