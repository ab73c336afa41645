using System.Globalization;

namespace ModularPipelines.Distributed.ArtifactPipeline;

/// <summary>
/// The files the build writes and the consumers check: a few libraries of growing sizes, two identical files (stored
/// once), an empty file, a file of several chunks, and symbols the artifact excludes. Content is a function of the path
/// and the position, so a consumer can check every byte without the producer's copy.
/// </summary>
internal static class BuildFiles
{
    public const string Symbols = "out/bin/app.pdb";

    public static IReadOnlyList<(string Path, long Size)> Published()
    {
        var count = ReadInt("MPD_TEST_ARTIFACT_FILES") ?? 8;
        var files = new List<(string, long)>();
        for (var i = 1; i <= count; i++)
        {
            files.Add((string.Create(CultureInfo.InvariantCulture, $"out/bin/lib{i}.dll"), i * 23_456L));
        }

        files.Add(("out/bin/sub/same-a.txt", 1000));
        files.Add(("out/bin/sub/same-b.txt", 1000));
        files.Add(("out/bin/empty.txt", 0));
        files.Add(("out/bin/big.bin", ReadInt("MPD_TEST_ARTIFACT_BIG_BYTES") ?? (3 * 1024 * 1024) + 17));
        return files;
    }

    public static async Task WriteAllAsync(string root, CancellationToken cancellationToken)
    {
        foreach (var (path, size) in Published().Append((Symbols, 4096)))
        {
            await WriteAsync(Path.Combine(root, path), path, size, cancellationToken);
        }
    }

    /// <summary>What is wrong with the received copy of <paramref name="path"/>, or null when every byte is right.</summary>
    public static async Task<string?> ProblemAsync(string root, string path, long size, CancellationToken cancellationToken)
    {
        var full = Path.Combine(root, path);
        if (!File.Exists(full))
        {
            return $"{path} is missing";
        }

        var buffer = new byte[64 * 1024];
        var expected = new byte[buffer.Length];
        await using var stream = File.OpenRead(full);
        if (stream.Length != size)
        {
            return $"{path} has {stream.Length} bytes, not {size}";
        }

        long offset = 0;
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
        {
            Fill(expected.AsSpan(0, read), path, offset);
            if (!buffer.AsSpan(0, read).SequenceEqual(expected.AsSpan(0, read)))
            {
                return $"{path} differs near byte {offset}";
            }

            offset += read;
        }

        return null;
    }

    private static async Task WriteAsync(string full, string path, long size, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var buffer = new byte[64 * 1024];
        await using var stream = File.Create(full);
        for (long offset = 0; offset < size; offset += buffer.Length)
        {
            var count = (int)Math.Min(buffer.Length, size - offset);
            Fill(buffer.AsSpan(0, count), path, offset);
            await stream.WriteAsync(buffer.AsMemory(0, count), cancellationToken);
        }
    }

    // The two same-*.txt files share their content on purpose: content addressing stores it once.
    private static void Fill(Span<byte> buffer, string path, long offset)
    {
        var seed = path.StartsWith("out/bin/sub/same-", StringComparison.Ordinal) ? 7 : StableSeed(path);
        for (var i = 0; i < buffer.Length; i++)
        {
            var position = offset + i;
            buffer[i] = (byte)((position * 31) ^ (position >> 9) ^ seed);
        }
    }

    private static int StableSeed(string path)
    {
        var seed = 17;
        foreach (var c in path)
        {
            seed = (seed * 31) + c;
        }

        return seed;
    }

    private static int? ReadInt(string name) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}
