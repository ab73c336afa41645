namespace ModularPipelines.Distributed;

/// <summary>
/// Artifacts in a folder every instance shares (<c>--artifacts file:///mnt/ci-artifacts</c>, for self-hosted runners on
/// one network disk): <c>&lt;root&gt;/&lt;run&gt;/content/&lt;2 hex&gt;/&lt;sha-256&gt;</c> and
/// <c>&lt;root&gt;/&lt;run&gt;/manifests/&lt;producer&gt;/&lt;NAME&gt;.json</c>. Everything is written to a temporary file,
/// flushed to the disk and renamed into place, so a reader on another machine never sees a half-written file under its
/// real name. Nothing here expires: delete a run's folder when the run is over.
/// </summary>
internal sealed class DirectoryArtifactStore(string root, string runId) : IArtifactStore, IArtifactRunCleanup
{
    private readonly string _run = Path.Combine(root, StoreNames.Escape(runId));

    public string RunLocation => _run;

    /// <summary>
    /// Reads <c>file:///absolute/path</c> (a folder that exists), or says in one line what is wrong with
    /// <paramref name="value"/>.
    /// </summary>
    public static bool TryParseLocation(string value, out string? folder, out string? error)
    {
        folder = null;
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || !uri.IsFile || uri.IsUnc || !value.StartsWith("file:///", StringComparison.OrdinalIgnoreCase))
        {
            error = $"--artifacts '{value}' is not a folder URL: write file:/// and the folder's absolute path, for example file:///mnt/ci-artifacts";
            return false;
        }

        if (!System.IO.Directory.Exists(uri.LocalPath))
        {
            error = $"--artifacts '{value}': the folder {uri.LocalPath} does not exist on this machine: mount the shared folder there (every instance must see the same one) or create it";
            return false;
        }

        folder = uri.LocalPath;
        error = null;
        return true;
    }

    public Task<bool> ContainsAsync(string sha256, CancellationToken cancellationToken) => Task.FromResult(File.Exists(ContentPath(sha256)));

    public async Task PutAsync(ArtifactManifest artifact, ArtifactFile file, Stream content, CancellationToken cancellationToken)
    {
        var target = ContentPath(file.Sha256);
        if (File.Exists(target))
        {
            return;
        }

        await WriteThenRenameAsync(target, output => content.CopyToAsync(output, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    public Task PublishManifestAsync(ArtifactManifest manifest, CancellationToken cancellationToken)
    {
        var json = ArtifactManifestJson.Write(manifest);
        return WriteThenRenameAsync(ManifestPath(manifest.ProducerId, manifest.Name), output => output.WriteAsync(json, cancellationToken).AsTask(), cancellationToken);
    }

    public async Task<ArtifactManifest?> GetManifestAsync(string producerId, string name, CancellationToken cancellationToken)
    {
        byte[] json;
        try
        {
            json = await File.ReadAllBytesAsync(ManifestPath(producerId, name), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }

        return ArtifactManifestJson.Read(json, producerId, name, _run);
    }

    public Task<Stream> OpenReadAsync(ArtifactFile file, CancellationToken cancellationToken)
    {
        try
        {
            return Task.FromResult<Stream>(new FileStream(
                ContentPath(file.Sha256), FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.Asynchronous | FileOptions.SequentialScan));
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new IOException($"its content ({file.Sha256}) is not in {_run}: the folder was cleaned up, or this machine sees another folder than the producer's", exception);
        }
    }

    public Task<int> DeleteRunAsync(CancellationToken cancellationToken)
    {
        if (!System.IO.Directory.Exists(_run))
        {
            return Task.FromResult(0);
        }

        var files = System.IO.Directory.EnumerateFiles(_run, "*", SearchOption.AllDirectories).Count();
        System.IO.Directory.Delete(_run, recursive: true);
        return Task.FromResult(files);
    }

    private static async Task WriteThenRenameAsync(string target, Func<Stream, Task> write, CancellationToken cancellationToken)
    {
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temporary = TemporaryArtifactFiles.For(target);
        try
        {
            await using (var output = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 81920, FileOptions.Asynchronous))
            {
                await write(output).ConfigureAwait(false);
                // No fsync: closing the file sends its data to an NFS or SMB server before the rename below, and a client
                // that opens it after the rename sees that data (close-to-open consistency). Forcing it onto the server's
                // disk as well only guards against the server crashing before its disk has the data — which consumers would
                // still catch, as every file is checked against its size and SHA-256 — and cost one disk flush per file,
                // most of the store's time on a build's thousands of small files.
                await output.FlushAsync(cancellationToken).ConfigureAwait(false);
            }

            File.Move(temporary, target, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    private string ContentPath(string sha256) => Path.Combine(_run, "content", sha256[..2], sha256);

    private string ManifestPath(string producerId, string name) =>
        Path.Combine(_run, "manifests", StoreNames.Escape(producerId), StoreNames.Escape(name.ToUpperInvariant()) + ".json");
}
