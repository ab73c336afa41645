namespace Sample.Pipeline.Results;

/// <summary>
/// The package the pack step produced: its bytes (publish may run on another machine), its checksum, and the
/// checksum of every entry inside, which publish verifies before anything leaves the run.
/// </summary>
public sealed record PackageInfo(
    string PackageId,
    string Version,
    string FileName,
    long Size,
    string Sha256,
    string ContentBase64,
    Dictionary<string, string> EntryChecksums,
    IReadOnlyList<string> TestedOn);
