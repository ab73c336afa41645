using System.Buffers;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;

namespace ModularPipelines.Distributed;

/// <summary>
/// One instance's artifacts: publishes a node's files to the store and puts a producer's files in the workspace, doing
/// for every store what a store must not be trusted with — finding and hashing files, checking every path against the
/// workspace, skipping content already in place, writing through a temporary file, and checking size and SHA-256
/// before a file is moved into place. Without a store (one process) files are used where the producer left them.
/// </summary>
internal sealed class ArtifactService(Workspace workspace, IArtifactStore? store, TimeSpan downloadTimeout)
{
    /// <summary>Files moved at once: small files are latency-bound, so a few in flight keep the store busy.</summary>
    private const int Parallelism = 8;

    // Lazy: GetOrAdd may call its factory twice under a race, and a second factory call must not start a second download.
    private readonly ConcurrentDictionary<DownloadKey, Lazy<Task<ArtifactTransfer>>> _downloads = new();
    private readonly ConcurrentDictionary<(string Producer, string Name), ArtifactManifest> _publishedHere = new();

    public Workspace Workspace => workspace;

    /// <summary>Whether files stay where their producer wrote them (one process, no store).</summary>
    public bool InPlace => store is null;

    /// <summary>
    /// Finds, hashes and stores the files of an artifact of <paramref name="producerId"/>; the manifest is not visible to
    /// anyone until <see cref="MakeVisibleAsync"/>. Without a store the files are only hashed; with one,
    /// <see cref="ArtifactUpload"/> stores them.
    /// </summary>
    public async Task<ArtifactTransfer> UploadAsync(string producerId, string name, IReadOnlyList<string> patterns, CancellationToken cancellationToken)
    {
        var describe = Describer(producerId, name);
        if (ArtifactSyntax.NameProblem(name) is { } nameProblem)
        {
            throw new ArtifactException($"{producerId}: artifact name '{name}' {nameProblem}");
        }

        var clock = Stopwatch.StartNew();
        var paths = ArtifactFiles.Match(workspace, patterns, describe);
        if (paths.Count == 0)
        {
            throw new ArtifactException(
                $"{describe()} matched no file under {workspace.Root} (patterns: {string.Join(", ", patterns)}): check the patterns, the workspace (--workspace) and that the module wrote its output there");
        }

        var fullPaths = paths.Select(path => workspace.Resolve(path, describe)).ToArray();

        var files = new ArtifactFile[paths.Count];
        if (store is null)
        {
            await Parallel.ForAsync(0, paths.Count, Options(cancellationToken), async (i, token) =>
                files[i] = await ContentHash.OfFileAsync(fullPaths[i], paths[i], token).ConfigureAwait(false)).ConfigureAwait(false);
            return new ArtifactTransfer(new ArtifactManifest(producerId, name, files), 0, 0, clock.Elapsed);
        }

        var (manifest, moved, bytes) = await new ArtifactUpload(store, producerId, name, paths, fullPaths, describe)
            .RunAsync(Parallelism, cancellationToken).ConfigureAwait(false);
        return new ArtifactTransfer(manifest, moved, bytes, clock.Elapsed);
    }

    /// <summary>Makes an uploaded artifact visible to the run's other modules.</summary>
    public async Task MakeVisibleAsync(ArtifactManifest manifest, CancellationToken cancellationToken)
    {
        if (store is not null)
        {
            await store.PublishManifestAsync(manifest, cancellationToken).ConfigureAwait(false);
        }

        _publishedHere[(manifest.ProducerId, manifest.Name.ToUpperInvariant())] = manifest;
    }

    /// <summary>The manifest of a producer's artifact, or null when it published none under that name.</summary>
    public async Task<ArtifactManifest?> GetManifestAsync(string producerId, string name, CancellationToken cancellationToken)
    {
        if (_publishedHere.TryGetValue((producerId, name.ToUpperInvariant()), out var local))
        {
            return local;
        }

        if (store is null)
        {
            return null;
        }

        var manifest = await store.GetManifestAsync(producerId, name, cancellationToken).ConfigureAwait(false);
        if (manifest is not null)
        {
            Validate(manifest, producerId, name);
        }

        return manifest;
    }

    /// <summary>
    /// Puts the artifact's files at <paramref name="destination"/> (workspace-relative; empty for the workspace root), once
    /// per instance however many modules ask: the shared download runs on its own, under its own timeout, so one waiting
    /// module's cancellation does not cancel it for the others; a failed one is forgotten, so the next module tries again.
    /// </summary>
    /// <returns>The download, and whether it was another module's that this one joined.</returns>
    public async Task<(ArtifactTransfer Transfer, bool Joined)> ReceiveAsync(ArtifactManifest manifest, string destination, CancellationToken cancellationToken)
    {
        var key = new DownloadKey(manifest.ProducerId, manifest.Name.ToUpperInvariant(), destination);
        while (true)
        {
            Lazy<Task<ArtifactTransfer>>? created = null;
            var shared = _downloads.GetOrAdd(key, _ => created = new Lazy<Task<ArtifactTransfer>>(() => StartDownload(manifest, destination)));
            if (shared.Value.IsCompleted && !ReferenceEquals(shared, created))
            {
                // Only a download in flight is shared. A failed one is not remembered, so this module tries again; after a
                // finished one this module checks the files again (a module before it may have changed them), fetching
                // only what is no longer right.
                _downloads.TryRemove(new KeyValuePair<DownloadKey, Lazy<Task<ArtifactTransfer>>>(key, shared));
                continue;
            }

            return (await shared.Value.WaitAsync(cancellationToken).ConfigureAwait(false), !ReferenceEquals(shared, created));
        }
    }

    /// <summary>The shared download: not tied to any waiting module's token, only to its own timeout.</summary>
    private Task<ArtifactTransfer> StartDownload(ArtifactManifest manifest, string destination) =>
        Task.Run(async () =>
        {
            using var timeout = new CancellationTokenSource(downloadTimeout);
            try
            {
                return await DownloadAsync(manifest, destination, timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested)
            {
                throw new ArtifactException(
                    $"{Describer(manifest.ProducerId, manifest.Name)()} did not arrive within {downloadTimeout.TotalSeconds:0.###} s (DistributedOptions.ArtifactDownloadTimeoutSeconds): check the store, or raise the timeout");
            }
        });

    private async Task<ArtifactTransfer> DownloadAsync(ArtifactManifest manifest, string destination, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var describe = Describer(manifest.ProducerId, manifest.Name);
        var moved = 0;
        var bytes = 0L;

        // Identical content at several paths is fetched once and copied locally to the others.
        await Parallel.ForEachAsync(manifest.Files.GroupBy(f => f.Sha256), Options(cancellationToken), async (group, token) =>
        {
            string? local = null;
            foreach (var file in group)
            {
                var target = workspace.Resolve(Combine(destination, file.Path), describe);
                if (await HoldsAsync(target, file, token).ConfigureAwait(false))
                {
                    local ??= target;
                    continue;
                }

                if (local is null && store is not null)
                {
                    await WriteCheckedAsync(target, file, describe, t => store.OpenReadAsync(file, t), token).ConfigureAwait(false);
                    Interlocked.Increment(ref moved);
                    Interlocked.Add(ref bytes, file.Size);
                }
                else
                {
                    var source = local ?? workspace.Resolve(file.Path, describe);
                    await WriteCheckedAsync(target, file, describe, _ => Task.FromResult<Stream>(ContentHash.OpenRead(source)), token).ConfigureAwait(false);
                }

                local = target;
            }
        }).ConfigureAwait(false);
        return new ArtifactTransfer(manifest, moved, bytes, clock.Elapsed);
    }

    /// <summary>Whether the file at <paramref name="path"/> already has the content (the producer's instance, or a second consumer here).</summary>
    private static async Task<bool> HoldsAsync(string path, ArtifactFile file, CancellationToken cancellationToken)
    {
        var info = new FileInfo(path);
        if (!info.Exists || info.Length != file.Size)
        {
            return false;
        }

        var held = await ContentHash.OfFileAsync(path, file.Path, cancellationToken).ConfigureAwait(false);
        return held.Sha256 == file.Sha256;
    }

    /// <summary>
    /// Copies content into a temporary file beside the target, checks its length and SHA-256, then renames it over the
    /// target: a consumer killed half-way leaves a temporary file, never a half-written one under the real name.
    /// </summary>
    private static async Task WriteCheckedAsync(string target, ArtifactFile file, Func<string> describe, Func<CancellationToken, Task<Stream>> open, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temporary = TemporaryArtifactFiles.For(target);
        var buffer = ArrayPool<byte>.Shared.Rent(ContentHash.BufferBytes);
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            long written = 0;
            Stream source;
            try
            {
                source = await open(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is IOException or InvalidOperationException or InvalidDataException)
            {
                throw new ArtifactException($"{describe()}: {file.Path} could not be read from the store: {exception.Message}", exception);
            }

            await using (source.ConfigureAwait(false))
            await using (var output = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0, FileOptions.Asynchronous))
            {
                while (true)
                {
                    int read;
                    try
                    {
                        read = await source.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
                    }
                    catch (Exception exception) when (exception is IOException or InvalidOperationException or InvalidDataException)
                    {
                        throw new ArtifactException($"{describe()}: {file.Path} could not be read from the store after {written:N0} of {file.Size:N0} bytes: {exception.Message}", exception);
                    }

                    if (read == 0)
                    {
                        break;
                    }

                    written += read;
                    if (written > file.Size)
                    {
                        break;
                    }

                    hash.AppendData(buffer, 0, read);
                    await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                }
            }

            var sha = ContentHash.Hex(hash.GetHashAndReset());
            if (written != file.Size || sha != file.Sha256)
            {
                throw new ArtifactException(
                    $"{describe()}: {file.Path} arrived damaged ({(written > file.Size ? "more than" : written.ToString("N0", System.Globalization.CultureInfo.InvariantCulture))} of {file.Size:N0} bytes, SHA-256 {(written == file.Size ? sha : "not checked")} instead of {file.Sha256}): it was not written; run again, and if it repeats the store is losing data");
            }

            File.Move(temporary, target, overwrite: true);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>A manifest read from a store is input from outside: every path must stay in the workspace, every hash be one.</summary>
    private static void Validate(ArtifactManifest manifest, string producerId, string name)
    {
        var describe = Describer(producerId, name);
        if (!string.Equals(manifest.ProducerId, producerId, StringComparison.Ordinal) || !string.Equals(manifest.Name, name, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArtifactException($"{describe()}: the store answered with the manifest of '{manifest.Name}' of {manifest.ProducerId}: it is refused");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in manifest.Files)
        {
            if (!ArtifactSyntax.IsSafeRelativePath(file.Path))
            {
                throw new ArtifactException($"{describe()}: its manifest names '{file.Path}', which is not a path inside the workspace: it is refused and nothing is written");
            }

            if (!ContentHash.IsSha256(file.Sha256) || file.Size < 0 || !seen.Add(file.Path))
            {
                throw new ArtifactException($"{describe()}: its manifest is malformed at '{file.Path}' (size {file.Size}, SHA-256 '{file.Sha256}', or a repeated path): it is refused");
            }
        }
    }

    private static string Combine(string destination, string path) => destination.Length == 0 ? path : destination + "/" + path;

    private static Func<string> Describer(string producerId, string name) => () => $"artifact '{name}' of {producerId}";

    private static ParallelOptions Options(CancellationToken cancellationToken) =>
        new() { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken };

    private readonly record struct DownloadKey(string Producer, string Name, string Destination);
}
