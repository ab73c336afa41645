namespace Sample.Pipeline.Results;

/// <summary>
/// What the build tells the rest of the pipeline. In distributed mode results travel between machines as JSON, so
/// they hold data and checksums; the files themselves travel as an artifact (<c>[ProducesArtifact]</c>).
/// </summary>
public sealed record BuildOutput(string Configuration, string Version, IReadOnlyList<BuildFile> Files);
