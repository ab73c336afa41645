namespace ModularPipelines.Distributed.Runtime.Tests.Artifacts;

/// <summary>A real store whose reads wait until the test opens the gate: a download that is slow on purpose.</summary>
internal sealed class GatedStore(IArtifactStore store) : IArtifactStore
{
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _reads;

    /// <summary>How many reads reached the store.</summary>
    public int Reads => Volatile.Read(ref _reads);

    public void Open() => _gate.TrySetResult();

    public Task<bool> ContainsAsync(string sha256, CancellationToken cancellationToken) => store.ContainsAsync(sha256, cancellationToken);

    public Task PutAsync(ArtifactManifest artifact, ArtifactFile file, Stream content, CancellationToken cancellationToken) =>
        store.PutAsync(artifact, file, content, cancellationToken);

    public Task PublishManifestAsync(ArtifactManifest manifest, CancellationToken cancellationToken) => store.PublishManifestAsync(manifest, cancellationToken);

    public Task<ArtifactManifest?> GetManifestAsync(string producerId, string name, CancellationToken cancellationToken) =>
        store.GetManifestAsync(producerId, name, cancellationToken);

    public async Task<Stream> OpenReadAsync(ArtifactFile file, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        await _gate.Task.WaitAsync(cancellationToken);
        return await store.OpenReadAsync(file, cancellationToken);
    }
}
