using System.IO.Compression;
using System.Text;
using Microsoft.Extensions.Logging;
using ModularPipelines.Distributed;
using Sample.Pipeline.Results;
using Sample.Pipeline.Services;

namespace Sample.Pipeline.Modules;

/// <summary>
/// Zips the build output and the test results into a package. It depends on the matrix module as a whole, so it
/// waits for every instance, and reads each instance's result by target.
/// </summary>
[DependsOn<BuildModule>]
[DependsOn<CrossPlatformTests>]
[Category("release")]                         // --category release runs this (and what it depends on)
public sealed class PackModule(Workspace workspace) : Module<PackageInfo>
{
    public const string PackageId = "Sample.App";

    // Fixed entry timestamps make the package reproducible: the same inputs give the same checksum.
    private static readonly DateTimeOffset EntryTimestamp = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    protected override async Task<PackageInfo?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken)
    {
        ModuleResult<BuildOutput> build = await context.GetModule<BuildModule>();
        var output = build.Value!;

        // Skipped instances (an OS no instance of the run advertises) are expected: pack what was tested, and refuse
        // if nothing was.
        var tested = new List<TestResult>();
        foreach (var target in context.GetMatrixTargets<CrossPlatformTests>())
        {
            ModuleResult<TestResult> tests = await context.GetModule<CrossPlatformTests>(target);
            if (tests is { Status: ModuleStatus.Succeeded, Value: { } value })
            {
                tested.Add(value);
            }
            else
            {
                context.Logger.LogInformation("not tested on {Target}: {Reason}", target, tests.SkipReason ?? tests.Status.ToString());
            }
        }

        if (tested.Count == 0)
        {
            throw new InvalidOperationException("no matrix target was tested, so there is nothing trustworthy to pack");
        }

        var fileName = $"{PackageId}.{output.Version}.nupkg";
        var path = Path.Combine(workspace.Subdirectory("packages"), fileName);
        var checksums = new Dictionary<string, string>(StringComparer.Ordinal);
        await using (var file = File.Create(path))
        using (var zip = new ZipArchive(file, ZipArchiveMode.Create))
        {
            foreach (var artifact in output.Artifacts)
            {
                await AddEntryAsync(zip, $"lib/net10.0/{artifact.FileName}", Convert.FromBase64String(artifact.ContentBase64), checksums, cancellationToken);
            }

            foreach (var result in tested)
            {
                var report = Encoding.UTF8.GetBytes(CrossPlatformTests.FormatResults(result.Cases));
                await AddEntryAsync(zip, $"tests/{result.Target}.txt", report, checksums, cancellationToken);
            }

            var nuspec = $"<package><metadata><id>{PackageId}</id><version>{output.Version}</version></metadata></package>\n";
            await AddEntryAsync(zip, PackageId + ".nuspec", Encoding.UTF8.GetBytes(nuspec), checksums, cancellationToken);
        }

        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        var package = new PackageInfo(
            PackageId,
            output.Version,
            fileName,
            bytes.Length,
            Checksums.OfBytes(bytes),
            Convert.ToBase64String(bytes),
            checksums,
            [.. tested.Select(t => t.Target)]);
        context.Logger.LogInformation("packed {Entries} entries into {Package} ({Size} bytes, tested on {Targets})",
            checksums.Count, path, package.Size, string.Join(", ", package.TestedOn));
        return package;
    }

    private static async Task AddEntryAsync(
        ZipArchive zip, string name, byte[] bytes, Dictionary<string, string> checksums, CancellationToken cancellationToken)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = EntryTimestamp;
        await using (var stream = entry.Open())
        {
            await stream.WriteAsync(bytes, cancellationToken);
        }

        checksums[name] = Checksums.OfBytes(bytes);
    }
}
