namespace Sample.Pipeline.Results;

public sealed record PublishReceipt(
    string PackageId,
    string Version,
    PublishChannel Channel,
    string FeedPackagePath,
    string ManifestPath,
    DateTimeOffset PublishedAt);
