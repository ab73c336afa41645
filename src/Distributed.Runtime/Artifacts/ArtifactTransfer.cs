using System.Globalization;

namespace ModularPipelines.Distributed;

/// <summary>What one publish or download moved, for its log line.</summary>
/// <param name="Manifest">The artifact.</param>
/// <param name="FilesMoved">Files whose content crossed to or from the store.</param>
/// <param name="BytesMoved">Their bytes.</param>
/// <param name="Elapsed">How long it took.</param>
internal sealed record ArtifactTransfer(ArtifactManifest Manifest, int FilesMoved, long BytesMoved, TimeSpan Elapsed)
{
    /// <summary>
    /// <c>12 files, 3.4 MB (2 files, 1.1 MB moved) in 0.21 s, 5.2 MB/s</c>: the rate is of the bytes moved, which is what
    /// the store and the network carried (none when nothing moved).
    /// </summary>
    public string Describe(string movedWord)
    {
        var text = Size(Manifest);
        if (FilesMoved != Manifest.Files.Count)
        {
            text += string.Create(CultureInfo.InvariantCulture, $" ({FilesMoved} {movedWord}, {Bytes(BytesMoved)}; the rest already there)");
        }

        var seconds = Math.Max(Elapsed.TotalSeconds, 0.001);
        var rate = BytesMoved == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $", {BytesMoved / seconds / 1_000_000:0.0} MB/s");
        return text + string.Create(CultureInfo.InvariantCulture, $" in {Elapsed.TotalSeconds:0.00} s{rate}");
    }

    /// <summary><c>12 files, 3.4 MB</c>: how much an artifact holds.</summary>
    public static string Size(ArtifactManifest manifest)
    {
        var files = manifest.Files.Count;
        return string.Create(CultureInfo.InvariantCulture, $"{files} file{(files == 1 ? string.Empty : "s")}, {Bytes(manifest.TotalBytes)}");
    }

    /// <summary>Bytes in the units people read (decimal: 1 MB = 1,000,000 bytes, as transfer rates are quoted).</summary>
    public static string Bytes(long bytes) => bytes switch
    {
        < 1_000 => string.Create(CultureInfo.InvariantCulture, $"{bytes} B"),
        < 1_000_000 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1_000.0:0.0} kB"),
        < 1_000_000_000 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1_000_000.0:0.0} MB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1_000_000_000.0:0.00} GB"),
    };
}
