using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;

namespace ModularPipelines.Distributed.Benchmarks.Artifacts;

/// <summary>
/// Whether compression pays for build outputs: gzip and Brotli at their fastest level over every file of the tree (a
/// store would compress file by file), on one thread, from memory to memory so only the codec is timed. Reports the
/// compressed share of the bytes and compression and decompression MB/s of input.
/// </summary>
internal static class CompressionBenchmark
{
    public static int Run(BenchOptions options)
    {
        var root = options["tree"];
        var files = TreeIndex.Of(root).Select(file => File.ReadAllBytes(Path.Combine(root, file.Path))).ToList();
        var input = files.Sum(file => (long)file.Length);
        Measure("gzip", input, files, output => new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true), compressed => new GZipStream(compressed, CompressionMode.Decompress));
        Measure("brotli", input, files, output => new BrotliStream(output, CompressionLevel.Fastest, leaveOpen: true), compressed => new BrotliStream(compressed, CompressionMode.Decompress));
        return 0;
    }

    private static void Measure(string codec, long input, List<byte[]> files, Func<Stream, Stream> compressor, Func<Stream, Stream> decompressor)
    {
        var compressed = new List<byte[]>(files.Count);
        var clock = Stopwatch.StartNew();
        foreach (var file in files)
        {
            using var output = new MemoryStream();
            using (var stream = compressor(output))
            {
                stream.Write(file);
            }

            compressed.Add(output.ToArray());
        }

        var compressSeconds = clock.Elapsed.TotalSeconds;
        var sink = new byte[1 << 16];
        clock.Restart();
        foreach (var data in compressed)
        {
            using var stream = decompressor(new MemoryStream(data));
            while (stream.Read(sink) > 0)
            {
            }
        }

        var decompressSeconds = clock.Elapsed.TotalSeconds;
        var total = compressed.Sum(data => (long)data.Length);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"BENCH op=compress codec={codec} bytes={input} compressed={total} ratio={(double)total / input:0.000} compress_mb_s={input / compressSeconds / 1e6:0.0} decompress_mb_s={input / decompressSeconds / 1e6:0.0}"));
    }
}
