namespace ModularPipelines.Distributed;

/// <summary>How a store without batches of its own stores one: <see cref="IArtifactStore.PutBatchAsync"/>'s default.</summary>
internal static class ArtifactBatches
{
    /// <summary>
    /// Asks about every content at once (concurrent queries cost about one round trip in all), then stores the missing
    /// ones one after the other: the runtime already runs several batches side by side.
    /// </summary>
    public static async Task<IReadOnlyList<bool>> PutOneByOneAsync(
        IArtifactStore store, ArtifactManifest artifact, IReadOnlyList<ArtifactContent> contents, CancellationToken cancellationToken)
    {
        var held = await Task.WhenAll(contents.Select(c => store.ContainsAsync(c.File.Sha256, cancellationToken))).ConfigureAwait(false);
        var stored = new bool[contents.Count];
        for (var i = 0; i < contents.Count; i++)
        {
            if (held[i])
            {
                continue;
            }

            await using (var content = contents[i].OpenRead())
            {
                await store.PutAsync(artifact, contents[i].File, content, cancellationToken).ConfigureAwait(false);
            }

            stored[i] = true;
        }

        return stored;
    }
}
