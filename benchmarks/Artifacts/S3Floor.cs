using Amazon.S3.Model;

namespace ModularPipelines.Distributed.Benchmarks.Artifacts;

/// <summary>
/// The S3 floor: the SDK's own PutObject and GetObject, one object per file, a few files at once, streamed from and to
/// the files; the client is configured as the store's is (no chunk encoding, checksums only where required).
/// </summary>
internal static class S3Floor
{
    private const int InFlight = 4;

    public static async Task<int> PutAsync(BenchOptions options)
    {
        var root = options["tree"];
        var (bucket, prefix) = (options["bucket"], "floor/" + options["run"]);
        using var client = S3ArtifactStore.CreateClient(Environment.GetEnvironmentVariable);
        await Stores.EnsureBucketAsync(client, bucket);
        var files = TreeIndex.Of(root);
        var measurement = new Measurement();
        await Parallel.ForEachAsync(files, new ParallelOptions { MaxDegreeOfParallelism = InFlight }, async (file, token) =>
        {
            await using var input = TreeIndex.OpenRead(root, file.Path);
            await client.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = $"{prefix}/{file.Path}", InputStream = input, UseChunkEncoding = false, AutoCloseStream = false }, token);
        });
        await client.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = $"{prefix}.index", ContentBody = TreeIndex.Write(files), UseChunkEncoding = false });
        return measurement.Report("floor-put", "s3", files.Sum(file => file.Size));
    }

    public static async Task<int> GetAsync(BenchOptions options)
    {
        var root = options["workspace"];
        var (bucket, prefix) = (options["bucket"], "floor/" + options["run"]);
        using var client = S3ArtifactStore.CreateClient(Environment.GetEnvironmentVariable);
        var measurement = new Measurement();
        List<(string Path, long Size)> files;
        using (var index = await client.GetObjectAsync(bucket, $"{prefix}.index"))
        using (var reader = new StreamReader(index.ResponseStream))
        {
            files = TreeIndex.Read(await reader.ReadToEndAsync());
        }

        await Parallel.ForEachAsync(files, new ParallelOptions { MaxDegreeOfParallelism = InFlight }, async (file, token) =>
        {
            using var response = await client.GetObjectAsync(bucket, $"{prefix}/{file.Path}", token);
            await using var output = TreeIndex.Create(root, file.Path);
            await response.ResponseStream.CopyToAsync(output, token);
        });
        return measurement.Report("floor-get", "s3", files.Sum(file => file.Size));
    }
}
