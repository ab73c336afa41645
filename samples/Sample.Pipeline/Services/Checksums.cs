using System.Security.Cryptography;

namespace Sample.Pipeline.Services;

/// <summary>Lower-case hex SHA-256: how every step proves that it read exactly what the previous one wrote.</summary>
public static class Checksums
{
    public static async Task<string> OfFileAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        return await OfStreamAsync(stream, cancellationToken);
    }

    public static async Task<string> OfStreamAsync(Stream stream, CancellationToken cancellationToken) =>
        Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));

    public static string OfBytes(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
