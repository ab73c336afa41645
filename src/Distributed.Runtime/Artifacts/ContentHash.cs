using System.Security.Cryptography;

namespace ModularPipelines.Distributed;

/// <summary>SHA-256 of files, as the 64 lower-case hex digits stores address content by.</summary>
internal static class ContentHash
{
    /// <summary>The size of read buffers: large enough for disk throughput, small enough to keep memory flat.</summary>
    public const int BufferBytes = 1024 * 1024;

    public static async Task<ArtifactFile> OfFileAsync(string fullPath, string relativePath, CancellationToken cancellationToken)
    {
        await using var stream = OpenRead(fullPath);
        var hash = await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false);
        return new ArtifactFile(relativePath, stream.Length, Convert.ToHexStringLower(hash));
    }

    public static string Hex(ReadOnlySpan<byte> hash) => Convert.ToHexStringLower(hash);

    /// <summary>Whether the text is what <see cref="Hex"/> writes for a SHA-256.</summary>
    public static bool IsSha256(string? text) =>
        text is { Length: 64 } && text.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f'));

    public static FileStream OpenRead(string fullPath) =>
        new(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.Asynchronous | FileOptions.SequentialScan);
}
