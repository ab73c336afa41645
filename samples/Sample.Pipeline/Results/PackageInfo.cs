namespace Sample.Pipeline.Results;

/// <summary>
/// The package the pack step produced: where it is in the workspace (it travels as the <c>package</c> artifact), its
/// checksum, and the checksum of every entry inside, which publish verifies before anything leaves the run.
/// </summary>
public sealed record PackageInfo(
    string PackageId,
    string Version,
    string Path,
    long Size,
    string Sha256,
    Dictionary<string, string> EntryChecksums,
    IReadOnlyList<string> TestedOn);
