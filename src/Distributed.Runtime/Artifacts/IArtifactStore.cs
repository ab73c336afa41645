namespace ModularPipelines.Distributed;

/// <summary>
/// Where one run's artifacts live between instances: content addressed by SHA-256, and manifests that name it. Choose a
/// built-in store with <c>--artifacts</c> (Redis, <c>file:///path</c>) or register your own implementation in the
/// pipeline's services. The runtime does the rest on every store: it finds and hashes the files, skips content the store
/// or the destination already holds, writes downloads to a temporary file and checks their size and SHA-256 before
/// moving them into place, and refuses any path outside the workspace.
/// </summary>
/// <remarks>
/// One instance of the store serves one run (read the run id from <see cref="DistributedOptions.RunId"/>); every
/// instance of the run must reach the same storage. Calls may run concurrently.
/// </remarks>
public interface IArtifactStore
{
    /// <summary>Whether the content with this SHA-256 is stored completely (a partial upload must answer false).</summary>
    /// <param name="sha256">The content's SHA-256, 64 lower-case hexadecimal digits.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>True when <see cref="OpenReadAsync"/> may be called for it.</returns>
    Task<bool> ContainsAsync(string sha256, CancellationToken cancellationToken);

    /// <summary>
    /// Stores a file's content under its SHA-256, reading <paramref name="content"/> to its end without holding all of it
    /// in memory. Content stored by a call that fails or is cancelled must not become visible to <see cref="ContainsAsync"/>.
    /// </summary>
    /// <param name="artifact">
    /// The artifact being published (for limits and messages); its files are this call's, as the runtime reads the others
    /// alongside.
    /// </param>
    /// <param name="file">The file, with the size and SHA-256 the runtime measured.</param>
    /// <param name="content">The file's content, positioned at its start.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the content is stored.</returns>
    Task PutAsync(ArtifactManifest artifact, ArtifactFile file, Stream content, CancellationToken cancellationToken);

    /// <summary>
    /// Stores the contents of several small files at once. The runtime hands every file of up to 1 MiB this way, in
    /// batches of about 1 MiB, each file read once: its size and SHA-256 were measured from the bytes handed over, so a
    /// store need not check them. A store whose every call costs a round trip sends a batch in one; the default asks
    /// <see cref="ContainsAsync"/> about them a few at a time, then stores the missing ones one by one with
    /// <see cref="PutAsync"/>. As there, a content must not become visible to <see cref="ContainsAsync"/> unless it is
    /// stored whole.
    /// </summary>
    /// <param name="artifact">
    /// The artifact being published (for limits and messages); its files are this call's, as the runtime reads the others
    /// alongside.
    /// </param>
    /// <param name="contents">Contents of distinct SHA-256; their bytes are valid until the returned task completes.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>For each content, in order, whether this call stored it (false: the store held it already).</returns>
    Task<IReadOnlyList<bool>> PutBatchAsync(ArtifactManifest artifact, IReadOnlyList<ArtifactContent> contents, CancellationToken cancellationToken) =>
        ArtifactBatches.PutOneByOneAsync(this, artifact, contents, cancellationToken);

    /// <summary>
    /// Makes a manifest visible to <see cref="GetManifestAsync"/>, atomically; called once all its files' content is
    /// stored. Publishing the same producer and name again replaces it (a retried module publishes again).
    /// </summary>
    /// <param name="manifest">The artifact's manifest.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the manifest is visible.</returns>
    Task PublishManifestAsync(ArtifactManifest manifest, CancellationToken cancellationToken);

    /// <summary>Reads a manifest, or null when none was published under that producer and name.</summary>
    /// <param name="producerId">The publishing node's id.</param>
    /// <param name="name">The artifact's name, as published.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The manifest, or null.</returns>
    Task<ArtifactManifest?> GetManifestAsync(string producerId, string name, CancellationToken cancellationToken);

    /// <summary>
    /// Opens stored content for reading, streamed. The runtime checks what it reads against the file's size and SHA-256,
    /// so a store need not; a store that knows content is missing or cut should throw an exception that says so.
    /// </summary>
    /// <param name="file">The file whose content to read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A stream of the content; the caller disposes it.</returns>
    Task<Stream> OpenReadAsync(ArtifactFile file, CancellationToken cancellationToken);
}
