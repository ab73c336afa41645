namespace ModularPipelines.Distributed;

/// <summary>A store connected on its first use, so a run that moves no artifact pays nothing for the option.</summary>
internal sealed class LazyArtifactStore(Func<CancellationToken, Task<RedisArtifactStore>> connect) : IArtifactStore, IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private RedisArtifactStore? _store;

    public async Task<bool> ContainsAsync(string sha256, CancellationToken cancellationToken) =>
        await (await StoreAsync(cancellationToken).ConfigureAwait(false)).ContainsAsync(sha256, cancellationToken).ConfigureAwait(false);

    public async Task PutAsync(ArtifactManifest artifact, ArtifactFile file, Stream content, CancellationToken cancellationToken) =>
        await (await StoreAsync(cancellationToken).ConfigureAwait(false)).PutAsync(artifact, file, content, cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<bool>> PutBatchAsync(ArtifactManifest artifact, IReadOnlyList<ArtifactContent> contents, CancellationToken cancellationToken) =>
        await ((IArtifactStore)await StoreAsync(cancellationToken).ConfigureAwait(false)).PutBatchAsync(artifact, contents, cancellationToken).ConfigureAwait(false);

    public async Task PublishManifestAsync(ArtifactManifest manifest, CancellationToken cancellationToken) =>
        await (await StoreAsync(cancellationToken).ConfigureAwait(false)).PublishManifestAsync(manifest, cancellationToken).ConfigureAwait(false);

    public async Task<ArtifactManifest?> GetManifestAsync(string producerId, string name, CancellationToken cancellationToken) =>
        await (await StoreAsync(cancellationToken).ConfigureAwait(false)).GetManifestAsync(producerId, name, cancellationToken).ConfigureAwait(false);

    public async Task<Stream> OpenReadAsync(ArtifactFile file, CancellationToken cancellationToken) =>
        await (await StoreAsync(cancellationToken).ConfigureAwait(false)).OpenReadAsync(file, cancellationToken).ConfigureAwait(false);

    public async ValueTask DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync().ConfigureAwait(false);
        }

        _gate.Dispose();
    }

    private async Task<RedisArtifactStore> StoreAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _store) is { } connected)
        {
            return connected;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return _store ??= await connect(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }
}
