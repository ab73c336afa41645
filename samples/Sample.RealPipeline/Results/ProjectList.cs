namespace Sample.RealPipeline.Results;

/// <summary>The repository's projects, by their paths relative to the repository root, as git tracks them.</summary>
public sealed record ProjectList(IReadOnlyList<string> Libraries, IReadOnlyList<string> TestProjects);
