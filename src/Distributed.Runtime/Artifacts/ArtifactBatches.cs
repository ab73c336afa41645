namespace ModularPipelines.Distributed;

/// <summary>How a store without batches of its own stores one: <see cref="IArtifactStore.PutBatchAsync"/>'s default.</summary>
internal static class ArtifactBatches
{
    /// <summary>
    /// Queries in flight per batch: with the runtime's 8 batches side by side, 64 at once, as many as an S3 endpoint
    /// takes without throttling and enough that the queries cost a few round trips in all instead of one per file.
    /// </summary>
    private const int QueriesInFlight = 8;

    /// <summary>
    /// Asks about the contents a few at a time, then stores the missing ones one after the other: the runtime already
    /// runs several batches side by side.
    /// </summary>
    public static async Task<IReadOnlyList<bool>> PutOneByOneAsync(
        IArtifactStore store, ArtifactManifest artifact, IReadOnlyList<ArtifactContent> contents, CancellationToken cancellationToken)
    {
        var held = new bool[contents.Count];
        await Parallel.ForAsync(
            0,
            contents.Count,
            new ParallelOptions { MaxDegreeOfParallelism = QueriesInFlight, CancellationToken = cancellationToken },
            async (i, token) => held[i] = await store.ContainsAsync(contents[i].File.Sha256, token).ConfigureAwait(false)).ConfigureAwait(false);
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
