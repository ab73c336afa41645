using System.Buffers;
using System.Security.Cryptography;

namespace ModularPipelines.Distributed;

/// <summary>SHA-256 of files, as the 64 lower-case hex digits stores address content by.</summary>
internal static class ContentHash
{
    /// <summary>The size of read buffers: large enough for disk throughput, small enough to keep memory flat.</summary>
    public const int BufferBytes = 1024 * 1024;

    /// <remarks>
    /// Read in reads of up to <see cref="BufferBytes"/>: <see cref="SHA256.HashDataAsync(Stream, CancellationToken)"/>
    /// reads 4 KiB at a time, and each asynchronous read of a file is a trip through the thread pool.
    /// </remarks>
    public static async Task<ArtifactFile> OfFileAsync(string fullPath, string relativePath, CancellationToken cancellationToken)
    {
        await using var stream = OpenRead(fullPath);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Clamp(stream.Length, 1, BufferBytes));
        try
        {
            long size = 0;
            int read;
            while ((read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                size += read;
            }

            return new ArtifactFile(relativePath, size, Convert.ToHexStringLower(hash.GetHashAndReset()));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public static string Hex(ReadOnlySpan<byte> hash) => Convert.ToHexStringLower(hash);

    /// <summary>Whether the text is what <see cref="Hex"/> writes for a SHA-256.</summary>
    public static bool IsSha256(string? text) =>
        text is { Length: 64 } && text.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f'));

    public static FileStream OpenRead(string fullPath) =>
        new(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.Asynchronous | FileOptions.SequentialScan);
}
