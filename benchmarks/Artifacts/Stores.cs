using Amazon.S3;

namespace ModularPipelines.Distributed.Benchmarks.Artifacts;

/// <summary>
/// The runtime's own stores, opened as <c>--artifacts</c> opens them: Redis (<c>--redis</c>), a shared folder
/// (<c>--dir</c>) or S3 (<c>--bucket</c>, endpoint and credentials from the AWS_* variables).
/// </summary>
internal static class Stores
{
    public const string Producer = "Bench.Producer";
    public const string Artifact = "bin";

    public static async Task<IArtifactStore> OpenAsync(BenchOptions options)
    {
        var run = options["run"];
        switch (options["store"])
        {
            case "redis":
                return await RedisArtifactStore.ConnectAsync(
                    new RedisArtifactStoreOptions(options["redis"], run, TimeSpan.FromHours(1), long.MaxValue), CancellationToken.None);
            case "dir":
                return new DirectoryArtifactStore(options["dir"], run);
            case "s3":
                var client = S3ArtifactStore.CreateClient(Environment.GetEnvironmentVariable);
                await EnsureBucketAsync(client, options["bucket"]);
                return new S3ArtifactStore(client, new S3ArtifactLocation(options["bucket"], "bench"), run);
            default:
                throw new ArgumentException($"--store {options["store"]}: redis, dir or s3");
        }
    }

    public static async Task EnsureBucketAsync(IAmazonS3 client, string bucket)
    {
        try
        {
            await client.PutBucketAsync(bucket);
        }
        catch (AmazonS3Exception exception) when (exception.ErrorCode is "BucketAlreadyExists" or "BucketAlreadyOwnedByYou")
        {
            // Made by an earlier command of the same run.
        }
    }
}
