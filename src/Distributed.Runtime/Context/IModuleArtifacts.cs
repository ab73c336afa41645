namespace ModularPipelines.Distributed;

/// <summary>
/// A running module's artifacts, for what <see cref="ProducesArtifactAttribute"/> and
/// <see cref="ConsumesArtifactAttribute{TProducer}"/> cannot say: paths chosen at run time, a download to a folder of
/// your choice, the list of an artifact's files. Paths are relative to the workspace root (<c>--workspace</c>), and
/// nothing is read from or written outside it.
/// </summary>
public interface IModuleArtifacts
{
    /// <summary>The workspace root, as an absolute path.</summary>
    string WorkspaceRoot { get; }

    /// <summary>
    /// Stores the files the patterns select now, under <paramref name="name"/>; the artifact becomes visible to other
    /// modules when this module succeeds (a failed module publishes nothing).
    /// </summary>
    /// <param name="name">The artifact's name; not one of the module's <see cref="ProducesArtifactAttribute"/> names.</param>
    /// <param name="patterns">
    /// Include globs, and exclude globs starting with <c>!</c>, relative to the workspace root; in a matrix module
    /// <c>{target}</c> stands for its target, as in <see cref="ProducesArtifactAttribute"/>.
    /// </param>
    /// <param name="cancellationToken">Cancels the upload.</param>
    /// <returns>The artifact's manifest: its files with their sizes and SHA-256.</returns>
    /// <exception cref="ArtifactException">No file matched, a pattern leaves the workspace, or the store refused the files.</exception>
    Task<ArtifactManifest> PublishAsync(string name, IEnumerable<string> patterns, CancellationToken cancellationToken = default);

    /// <summary>
    /// Puts the files of <typeparamref name="TProducer"/>'s artifact under <paramref name="destination"/>, each at its
    /// relative path. From a matrix producer, the instances this module depends on (the same target, else every target).
    /// </summary>
    /// <typeparam name="TProducer">A module this module depends on (or consumes from).</typeparam>
    /// <param name="name">The artifact's name.</param>
    /// <param name="destination">A folder relative to the workspace root, or an absolute path inside it; empty for the root.</param>
    /// <param name="cancellationToken">Stops waiting; a download other modules share goes on for them.</param>
    /// <returns>The manifests of the artifacts put in place, one per producer instance that published it.</returns>
    /// <exception cref="ArtifactException">The artifact was not published, or arrived damaged, or a path leaves the workspace.</exception>
    Task<IReadOnlyList<ArtifactManifest>> DownloadAsync<TProducer>(string name, string destination, CancellationToken cancellationToken = default)
        where TProducer : ModuleBase;

    /// <summary>The files of <typeparamref name="TProducer"/>'s artifact (path, size, SHA-256), without downloading them.</summary>
    /// <typeparam name="TProducer">A module this module depends on (or consumes from).</typeparam>
    /// <param name="name">The artifact's name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One manifest per producer instance that published it.</returns>
    /// <exception cref="ArtifactException">The artifact was not published.</exception>
    Task<IReadOnlyList<ArtifactManifest>> ListAsync<TProducer>(string name, CancellationToken cancellationToken = default)
        where TProducer : ModuleBase;
}
