namespace Sample.Pipeline.Results;

public enum PublishChannel
{
    Stable,
    Prerelease,
}
