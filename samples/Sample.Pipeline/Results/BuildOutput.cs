namespace Sample.Pipeline.Results;

/// <summary>
/// What the build hands to the rest of the pipeline. In distributed mode results travel between machines as JSON,
/// so they hold data and checksums, never open files, live objects or paths that exist on one machine only.
/// </summary>
public sealed record BuildOutput(string Configuration, string Version, IReadOnlyList<BuildArtifact> Artifacts);
