using System.Buffers;
using System.Net;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;

namespace ModularPipelines.Distributed;

/// <summary>
/// Artifacts in S3-compatible object storage (AWS S3, Cloudflare R2, MinIO, …): <c>&lt;prefix&gt;/&lt;run&gt;/content/&lt;sha-256&gt;</c>
/// and <c>&lt;prefix&gt;/&lt;run&gt;/manifests/&lt;producer&gt;/&lt;NAME&gt;.json</c>. An object becomes visible only when its
/// upload completes (a multipart upload when it is completed), so a failed upload leaves nothing a consumer could read;
/// a failed multipart upload is aborted. Files are streamed in parts through pooled buffers, never held whole.
/// </summary>
/// <remarks>
/// Credentials and region come from the SDK's standard sources (environment variables, the shared profile, a web
/// identity token, the instance role); the endpoint of an S3-compatible service from <c>AWS_ENDPOINT_URL_S3</c> or
/// <c>AWS_ENDPOINT_URL</c>. Checksums are sent only where S3 requires them and uploads are not chunk-encoded, which
/// every S3-compatible service understands; integrity is the runtime's own SHA-256 check of every file it receives.
/// </remarks>
internal sealed class S3ArtifactStore : IArtifactStore, IArtifactRunCleanup, IAsyncDisposable
{
    /// <summary>One part: at least S3's 5 MiB minimum, and few enough parts for a large file.</summary>
    private const int PartBytes = 8 * 1024 * 1024;

    /// <summary>Parts in flight per file: the upload overlaps reading the next part, and memory stays bounded.</summary>
    private const int PartsInFlight = 2;

    private readonly IAmazonS3 _client;
    private readonly S3ArtifactLocation _location;
    private readonly string _run;

    public S3ArtifactStore(IAmazonS3 client, S3ArtifactLocation location, string runId)
    {
        _client = client;
        _location = location;
        _run = location.Key(StoreNames.Escape(runId));
    }

    public string RunLocation => $"s3://{_location.Bucket}/{_run}";

    /// <summary>A client from the SDK's standard credential and region sources, and the endpoint variables.</summary>
    public static AmazonS3Client CreateClient(Func<string, string?> environment)
    {
        var config = new AmazonS3Config
        {
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        };
        if ((environment("AWS_ENDPOINT_URL_S3") ?? environment("AWS_ENDPOINT_URL")) is { Length: > 0 } endpoint)
        {
            // S3-compatible services are addressed by path (http://host/bucket/key); they rarely have per-bucket host names.
            config.ServiceURL = endpoint;
            config.ForcePathStyle = true;
            config.AuthenticationRegion = environment("AWS_REGION") ?? environment("AWS_DEFAULT_REGION") ?? "us-east-1";
        }

        return new AmazonS3Client(config);
    }

    public async Task<bool> ContainsAsync(string sha256, CancellationToken cancellationToken)
    {
        try
        {
            await _client.GetObjectMetadataAsync(_location.Bucket, ContentKey(sha256), cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (AmazonS3Exception exception) when (exception.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }
    }

    public async Task PutAsync(ArtifactManifest artifact, ArtifactFile file, Stream content, CancellationToken cancellationToken)
    {
        var key = ContentKey(file.Sha256);
        if (file.Size <= PartBytes)
        {
            var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(1, (int)file.Size));
            try
            {
                var read = await ContentParts.ReadAsync(content, buffer, (int)file.Size, file, cancellationToken).ConfigureAwait(false);
                await ContentParts.ExpectEndAsync(content, file, cancellationToken).ConfigureAwait(false);
                await _client.PutObjectAsync(
                    new PutObjectRequest { BucketName = _location.Bucket, Key = key, InputStream = new MemoryStream(buffer, 0, read, writable: false), UseChunkEncoding = false, AutoCloseStream = true },
                    cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }

            return;
        }

        var upload = await _client.InitiateMultipartUploadAsync(new InitiateMultipartUploadRequest { BucketName = _location.Bucket, Key = key }, cancellationToken).ConfigureAwait(false);
        try
        {
            var parts = await UploadPartsAsync(upload.UploadId, key, file, content, cancellationToken).ConfigureAwait(false);
            await _client.CompleteMultipartUploadAsync(
                new CompleteMultipartUploadRequest { BucketName = _location.Bucket, Key = key, UploadId = upload.UploadId, PartETags = parts },
                cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await AbortAsync(key, upload.UploadId).ConfigureAwait(false);
            throw;
        }
    }

    public async Task PublishManifestAsync(ArtifactManifest manifest, CancellationToken cancellationToken) =>
        await _client.PutObjectAsync(
            new PutObjectRequest
            {
                BucketName = _location.Bucket,
                Key = ManifestKey(manifest.ProducerId, manifest.Name),
                InputStream = new MemoryStream(ArtifactManifestJson.Write(manifest), writable: false),
                ContentType = "application/json",
                UseChunkEncoding = false,
            },
            cancellationToken).ConfigureAwait(false);

    public async Task<ArtifactManifest?> GetManifestAsync(string producerId, string name, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await _client.GetObjectAsync(_location.Bucket, ManifestKey(producerId, name), cancellationToken).ConfigureAwait(false);
            using var json = new MemoryStream();
            await response.ResponseStream.CopyToAsync(json, cancellationToken).ConfigureAwait(false);
            return ArtifactManifestJson.Read(json.ToArray(), producerId, name, RunLocation);
        }
        catch (AmazonS3Exception exception) when (exception.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task<Stream> OpenReadAsync(ArtifactFile file, CancellationToken cancellationToken)
    {
        try
        {
            var response = await _client.GetObjectAsync(_location.Bucket, ContentKey(file.Sha256), cancellationToken).ConfigureAwait(false);
            return new S3ObjectStream(response);
        }
        catch (AmazonS3Exception exception) when (exception.StatusCode == HttpStatusCode.NotFound)
        {
            throw new IOException($"its content ({file.Sha256}) is not in {RunLocation}: it was deleted (a lifecycle rule, or the run's artifacts deleted when it ended)", exception);
        }
    }

    public async Task<int> DeleteRunAsync(CancellationToken cancellationToken)
    {
        var deleted = 0;
        var request = new ListObjectsV2Request { BucketName = _location.Bucket, Prefix = _run + "/" };
        ListObjectsV2Response page;
        do
        {
            page = await _client.ListObjectsV2Async(request, cancellationToken).ConfigureAwait(false);
            if (page.S3Objects is { Count: > 0 } objects)
            {
                await _client.DeleteObjectsAsync(
                    new DeleteObjectsRequest { BucketName = _location.Bucket, Objects = [.. objects.Select(o => new KeyVersion { Key = o.Key })] },
                    cancellationToken).ConfigureAwait(false);
                deleted += objects.Count;
            }

            request.ContinuationToken = page.NextContinuationToken;
        }
        while (page.IsTruncated == true);
        return deleted;
    }

    public ValueTask DisposeAsync()
    {
        _client.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<List<PartETag>> UploadPartsAsync(string uploadId, string key, ArtifactFile file, Stream content, CancellationToken cancellationToken) =>
        await ContentParts.WriteAsync(
            file,
            content,
            PartBytes,
            PartsInFlight,
            async (index, part) =>
            {
                var response = await _client.UploadPartAsync(
                    new UploadPartRequest
                    {
                        BucketName = _location.Bucket,
                        Key = key,
                        UploadId = uploadId,
                        PartNumber = (int)index + 1,
                        InputStream = new MemoryStream(part.Array!, part.Offset, part.Count, writable: false),
                        UseChunkEncoding = false,
                    },
                    cancellationToken).ConfigureAwait(false);
                return new PartETag(response.PartNumber ?? 0, response.ETag);
            },
            exception => exception is AmazonServiceException or AmazonClientException or IOException or OperationCanceledException or HttpRequestException,
            cancellationToken).ConfigureAwait(false);

    private async Task AbortAsync(string key, string uploadId)
    {
        try
        {
            // Not the caller's token: an upload abandoned because the module was cancelled must still be aborted.
            await _client.AbortMultipartUploadAsync(new AbortMultipartUploadRequest { BucketName = _location.Bucket, Key = key, UploadId = uploadId }, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is AmazonServiceException or AmazonClientException or HttpRequestException)
        {
            // Unfinished parts are invisible; a bucket's AbortIncompleteMultipartUpload lifecycle rule removes them (docs/artifacts.md).
        }
    }

    private string ContentKey(string sha256) => $"{_run}/content/{sha256}";

    private string ManifestKey(string producerId, string name) => $"{_run}/manifests/{StoreNames.Escape(producerId)}/{StoreNames.Escape(name.ToUpperInvariant())}.json";
}
