namespace Sample.Pipeline.Results;

/// <summary>The manifest the publish step writes next to the package in the feed (see <c>ManifestJsonContext</c>).</summary>
public sealed record PackageManifest(
    string PackageId,
    string Version,
    PublishChannel Channel,
    string Sha256,
    long Size,
    Dictionary<string, string> Files,
    IReadOnlyList<string> TestedOn,
    DateTimeOffset PublishedAt);
