namespace ModularPipelines.Distributed.Redis.Tests.Artifacts;

/// <summary>The built-in stores that the store contract runs on.</summary>
public enum ArtifactStoreKind
{
    Redis,
    Directory,
    S3,
}
