namespace ModularPipelines.Distributed;

/// <summary>One file of an artifact: where it goes, how big it is and what it holds.</summary>
/// <param name="Path">The path relative to the workspace root, with <c>/</c> separators.</param>
/// <param name="Size">The length in bytes.</param>
/// <param name="Sha256">The SHA-256 of the content, as 64 lower-case hexadecimal digits; stores address content by it.</param>
public sealed record ArtifactFile(string Path, long Size, string Sha256);
