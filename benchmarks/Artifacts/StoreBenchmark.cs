namespace ModularPipelines.Distributed.Benchmarks.Artifacts;

/// <summary>
/// An artifact through the runtime's real path, <see cref="ArtifactService"/> over an <see cref="IArtifactStore"/>:
/// publishing hashes every file, stores the content and makes the manifest visible; downloading reads the manifest and
/// writes every file through a temporary file, checked against its size and SHA-256.
/// </summary>
internal static class StoreBenchmark
{
    public static async Task<int> PublishAsync(BenchOptions options)
    {
        var store = await Stores.OpenAsync(options);
        var service = new ArtifactService(new Workspace(options["workspace"]), store, TimeSpan.FromHours(1));
        var measurement = new Measurement();
        var transfer = await service.UploadAsync(Stores.Producer, Stores.Artifact, [options["pattern"]], CancellationToken.None);
        await service.MakeVisibleAsync(transfer.Manifest, CancellationToken.None);
        var code = measurement.Report("publish", options["store"], transfer.BytesMoved);
        await DisposeAsync(store);
        return code;
    }

    public static async Task<int> DownloadAsync(BenchOptions options)
    {
        var store = await Stores.OpenAsync(options);
        var service = new ArtifactService(new Workspace(options["workspace"]), store, TimeSpan.FromHours(1));
        var measurement = new Measurement();
        var manifest = await service.GetManifestAsync(Stores.Producer, Stores.Artifact, CancellationToken.None)
            ?? throw new InvalidOperationException("no manifest: publish first");
        var (transfer, _) = await service.ReceiveAsync(manifest, string.Empty, CancellationToken.None);
        var code = measurement.Report("download", options["store"], transfer.BytesMoved);
        await DisposeAsync(store);
        return code;
    }

    private static async Task DisposeAsync(IArtifactStore store)
    {
        if (store is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
    }
}
