using System.Globalization;
using System.Text;

namespace ModularPipelines.Distributed.Benchmarks.Artifacts;

/// <summary>
/// A deterministic tree shaped like a build's bin/ (the same bytes on every run): many small files (log-uniform
/// 256 B–128 kB), some of 1–4 MB, one large file taking the rest of the total. Content is text (.xml, .json), random
/// bytes (.png, .gz: already compressed) or a mix of 4 kB blocks of each (.dll, .pdb), so it is partly compressible.
/// </summary>
internal static class TreeGenerator
{
    private const int BlockBytes = 4096;
    private static readonly string[] Folders = ["", "runtimes/linux-x64/native", "runtimes/win-x64/native", "refs", "de", "fr", "ja", "zh-Hans", "tools", "analyzers/dotnet/cs"];

    public static int Run(BenchOptions options)
    {
        var root = options["out"];
        var total = options.Long("bytes", 200_000_000);
        var count = (int)options.Long("files", 2000);
        var random = new Random(11);
        var text = TextPool(random);
        var sizes = Sizes(random, total, count);
        for (var i = 0; i < sizes.Count; i++)
        {
            var (kind, extension) = Kind(i, sizes.Count, count / 50);
            var folder = Folders[i % Folders.Length];
            var path = Path.Combine(root, folder, string.Create(CultureInfo.InvariantCulture, $"Part{i:0000}{extension}"));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            Write(path, sizes[i], kind, random, text);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"generated {sizes.Count} files, {sizes.Sum():N0} bytes, largest {sizes.Max():N0}, under {root}"));
        return 0;
    }

    /// <summary>The last size is the large file: whatever the others leave of the total.</summary>
    private static List<long> Sizes(Random random, long total, int count)
    {
        // 40 of the 2,000 files are 1-4 MB; a smaller tree for a quick run keeps the proportion.
        var megabyteFiles = count / 50;
        var sizes = new List<long>();
        for (var i = 0; i < count - 1; i++)
        {
            sizes.Add(i < megabyteFiles
                ? random.NextInt64(1_000_000, 4_000_000)
                : (long)Math.Exp(random.NextDouble() * (Math.Log(131_072) - Math.Log(256)) + Math.Log(256)));
        }

        var rest = total - sizes.Sum();
        return rest < 1_000_000 ? throw new ArgumentException($"--bytes {total} is too small for {count} files") : [.. sizes, rest];
    }

    private static (ContentKind Kind, string Extension) Kind(int index, int count, int megabyteFiles) => (index % 20) switch
    {
        _ when index == count - 1 || index < megabyteFiles => (ContentKind.Mixed, index % 3 == 0 ? ".pdb" : ".dll"),
        < 8 => (ContentKind.Text, index % 2 == 0 ? ".xml" : ".json"),
        < 15 => (ContentKind.Mixed, ".dll"),
        _ => (ContentKind.Random, index % 2 == 0 ? ".png" : ".gz"),
    };

    private static void Write(string path, long size, ContentKind kind, Random random, byte[] text)
    {
        using var output = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        var block = new byte[BlockBytes];
        for (var written = 0L; written < size; written += BlockBytes)
        {
            var length = (int)Math.Min(BlockBytes, size - written);
            var isText = kind == ContentKind.Text || (kind == ContentKind.Mixed && random.Next(2) == 0);
            if (isText)
            {
                text.AsSpan(random.Next(text.Length - BlockBytes), length).CopyTo(block);
            }
            else
            {
                random.NextBytes(block.AsSpan(0, length));
            }

            output.Write(block, 0, length);
        }
    }

    /// <summary>4 MB of XML-like text from a vocabulary of 3,000 made-up words: compresses about as well as build metadata.</summary>
    private static byte[] TextPool(Random random)
    {
        var words = Enumerable.Range(0, 3000)
            .Select(_ => new string([.. Enumerable.Range(0, random.Next(3, 13)).Select(_ => (char)('a' + random.Next(26)))]))
            .ToArray();
        var pool = new StringBuilder(4_200_000);
        while (pool.Length < 4_000_000)
        {
            var tag = words[random.Next(200)];
            pool.Append('<').Append(tag).Append(" name=\"").Append(words[random.Next(words.Length)]).Append("\">");
            for (var i = random.Next(1, 12); i > 0; i--)
            {
                pool.Append(words[random.Next(words.Length)]).Append(' ');
            }

            pool.Append("</").Append(tag).Append(">\n");
        }

        return Encoding.ASCII.GetBytes(pool.ToString());
    }
}
