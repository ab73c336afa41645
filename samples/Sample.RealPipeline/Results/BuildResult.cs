namespace Sample.RealPipeline.Results;

/// <summary>What the build made: the version it stamped and every project's assembly (workspace-relative paths).</summary>
public sealed record BuildResult(string Version, string Commit, IReadOnlyList<string> Assemblies);
