using System.ComponentModel;

namespace ModularPipelines.Distributed;

/// <summary>A module's <see cref="ProducesArtifactAttribute"/>, as the generator read it. Created by generated code.</summary>
/// <param name="Name">The artifact's name.</param>
/// <param name="Patterns">Include patterns, and exclude patterns starting with <c>!</c>, relative to the workspace root.</param>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed record ArtifactProduction(string Name, IReadOnlyList<string> Patterns);
