namespace ModularPipelines.Distributed;

/// <summary>A published artifact: which node published it under which name, and its files.</summary>
/// <param name="ProducerId">The id of the node that published it, for example <c>Build.Compile</c> or <c>Build.Pack[linux]</c>.</param>
/// <param name="Name">The artifact's name.</param>
/// <param name="Files">Its files, ordered by path (ordinal).</param>
public sealed record ArtifactManifest(string ProducerId, string Name, IReadOnlyList<ArtifactFile> Files)
{
    /// <summary>The sum of the files' sizes.</summary>
    public long TotalBytes => Files.Sum(f => f.Size);
}
