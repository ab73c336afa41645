namespace Sample.Pipeline.Results;

/// <summary>
/// One file the build produced, with the checksum later steps verify against. The content travels in the result
/// because the module that reads it may run on another machine; the sample's files are a few kilobytes, while a
/// real pipeline would upload large files to artifact storage and pass their address instead.
/// </summary>
public sealed record BuildArtifact(string FileName, long Size, string Sha256, string ContentBase64);
