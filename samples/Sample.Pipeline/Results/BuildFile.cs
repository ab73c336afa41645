namespace Sample.Pipeline.Results;

/// <summary>
/// One file the build produced, by its workspace-relative path, with the checksum later steps verify against. The
/// file itself travels as the build's <c>build</c> artifact; the result carries only what describes it.
/// </summary>
public sealed record BuildFile(string Path, long Size, string Sha256);
