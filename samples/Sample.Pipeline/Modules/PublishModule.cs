using System.IO.Compression;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ModularPipelines.Distributed;
using Sample.Pipeline.Results;
using Sample.Pipeline.Services;

namespace Sample.Pipeline.Modules;

/// <summary>
/// Verifies the package against the checksums pack recorded, then publishes it with a manifest. The package arrives
/// as pack's <c>package</c> artifact, whichever instance packed it. The "feed" is a directory in the workspace; a
/// real pipeline would push to NuGet with an API key only the master holds.
/// </summary>
[PinToMaster]                               // runs on instance 0 only: the machine with the publishing credentials
[NotInParallel("nuget")]                    // one push to the feed at a time, across every instance of a run
[ModuleRetry(2, BackoffMilliseconds = 250)] // a push is where transient network errors happen: try up to 3 times
[ConsumesArtifact<PackModule>(PackModule.Artifact)]
[Category("release")]                         // --category release runs this (and what it depends on)
public sealed class PublishModule(Workspace workspace, IOptions<FeedSettings> feed) : Module<PublishReceipt>
{
    protected override async Task<PublishReceipt?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken)
    {
        ModuleResult<PackageInfo> pack = await context.GetModule<PackModule>();
        var package = pack.Value!;
        var fileName = Path.GetFileName(package.Path);
        var bytes = await File.ReadAllBytesAsync(workspace.PathOf(package.Path), cancellationToken);
        await VerifyAsync(package, fileName, bytes, cancellationToken);
        context.Logger.LogInformation("verified {Package}: sha256 {Sha} and {Entries} entries match", fileName, package.Sha256[..12], package.EntryChecksums.Count);

        var feedPackagePath = Path.Combine(workspace.Subdirectory("out/feed"), fileName);
        await File.WriteAllBytesAsync(feedPackagePath, bytes, cancellationToken);

        var channel = package.Version.Contains('-', StringComparison.Ordinal) ? PublishChannel.Prerelease : PublishChannel.Stable;
        var manifest = new PackageManifest(
            package.PackageId, package.Version, channel, package.Sha256, package.Size, package.EntryChecksums, package.TestedOn, DateTimeOffset.UtcNow);
        var manifestPath = Path.ChangeExtension(feedPackagePath, ".manifest.json");
        await File.WriteAllTextAsync(manifestPath, JsonSerializer.Serialize(manifest, ManifestJsonContext.Default.PackageManifest), cancellationToken);
        // The key is logged to show what a secret looks like in the log: Program.cs marks it secret, so it reads ***.
        context.Logger.LogInformation("published {Package} {Version} to the {Channel} channel of feed {Feed}{Key}: {Path}",
            package.PackageId, package.Version, channel, feed.Value.Name, feed.Value.ApiKey is null ? string.Empty : " with API key " + feed.Value.ApiKey, feedPackagePath);
        return new PublishReceipt(package.PackageId, package.Version, channel, feedPackagePath, manifestPath, manifest.PublishedAt);
    }

    private static async Task VerifyAsync(PackageInfo package, string fileName, byte[] bytes, CancellationToken cancellationToken)
    {
        var sha = Checksums.OfBytes(bytes);
        if (sha != package.Sha256 || bytes.Length != package.Size)
        {
            throw new InvalidDataException($"{fileName} is not the package that was packed: sha256 {sha}, expected {package.Sha256}");
        }

        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries)
        {
            await using var stream = await entry.OpenAsync(cancellationToken);
            var entrySha = await Checksums.OfStreamAsync(stream, cancellationToken);
            if (!package.EntryChecksums.TryGetValue(entry.FullName, out var expected) || expected != entrySha)
            {
                throw new InvalidDataException($"{entry.FullName} in {fileName} is not the file that was packed");
            }

            found.Add(entry.FullName);
        }

        if (package.EntryChecksums.Keys.FirstOrDefault(name => !found.Contains(name)) is { } missing)
        {
            throw new InvalidDataException($"{missing} is missing from {fileName}");
        }
    }
}
