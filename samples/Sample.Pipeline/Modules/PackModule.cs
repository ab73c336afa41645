using System.IO.Compression;
using Microsoft.Extensions.Logging;
using ModularPipelines.Distributed;
using Sample.Pipeline.Results;
using Sample.Pipeline.Services;

namespace Sample.Pipeline.Modules;

/// <summary>
/// Zips the build output and the test results into a package, and publishes it as the <c>package</c> artifact. It
/// consumes from the matrix module as a whole, so it waits for every instance and receives every target's results
/// file; it reads each instance's result by target.
/// </summary>
[ConsumesArtifact<BuildModule>(BuildModule.Artifact)]
[ConsumesArtifact<CrossPlatformTests>(CrossPlatformTests.ResultsArtifact)]
[ProducesArtifact(Artifact, OutputDirectory + "/*.nupkg")]
[Category("release")]                         // --category release runs this (and what it depends on)
public sealed class PackModule(Workspace workspace) : Module<PackageInfo>
{
    public const string PackageId = "Sample.App";

    /// <summary>The name the package is published under.</summary>
    public const string Artifact = "package";

    /// <summary>Where the package is written, relative to the workspace root.</summary>
    public const string OutputDirectory = "out/packages";

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
        var relativePath = $"{OutputDirectory}/{fileName}";
        var path = Path.Combine(workspace.Subdirectory(OutputDirectory), fileName);
        var checksums = new Dictionary<string, string>(StringComparer.Ordinal);
        await using (var file = File.Create(path))
        using (var zip = new ZipArchive(file, ZipArchiveMode.Create))
        {
            foreach (var built in output.Files)
            {
                await AddEntryAsync(zip, $"lib/net10.0/{Path.GetFileName(built.Path)}", workspace.PathOf(built.Path), checksums, cancellationToken);
            }

            // The results files arrived with the test-results artifact, one per tested target.
            foreach (var result in tested)
            {
                var report = workspace.PathOf($"{CrossPlatformTests.ResultsDirectory}/{result.Target}.txt");
                await AddEntryAsync(zip, $"tests/{result.Target}.txt", report, checksums, cancellationToken);
            }

            var nuspec = workspace.PathOf($"{OutputDirectory}/{PackageId}.nuspec");
            await File.WriteAllTextAsync(nuspec, $"<package><metadata><id>{PackageId}</id><version>{output.Version}</version></metadata></package>\n", cancellationToken);
            await AddEntryAsync(zip, PackageId + ".nuspec", nuspec, checksums, cancellationToken);
        }

        var package = new PackageInfo(
            PackageId,
            output.Version,
            relativePath,
            new FileInfo(path).Length,
            await Checksums.OfFileAsync(path, cancellationToken),
            checksums,
            [.. tested.Select(t => t.Target)]);
        context.Logger.LogInformation("packed {Entries} entries into {Package} ({Size} bytes, tested on {Targets})",
            checksums.Count, path, package.Size, string.Join(", ", package.TestedOn));
        return package;
    }

    private static async Task AddEntryAsync(
        ZipArchive zip, string name, string sourcePath, Dictionary<string, string> checksums, CancellationToken cancellationToken)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = EntryTimestamp;
        await using (var stream = entry.Open())
        await using (var source = File.OpenRead(sourcePath))
        {
            await source.CopyToAsync(stream, cancellationToken);
        }

        checksums[name] = await Checksums.OfFileAsync(sourcePath, cancellationToken);
    }
}
