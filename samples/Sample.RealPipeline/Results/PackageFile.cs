namespace Sample.RealPipeline.Results;

/// <summary>A package pack wrote, by its workspace-relative path, with its checksum.</summary>
public sealed record PackageFile(string Path, long Size, string Sha256);
