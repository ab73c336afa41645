using System.Buffers;
using System.Globalization;
using StackExchange.Redis;

namespace ModularPipelines.Distributed.Benchmarks.Artifacts;

/// <summary>
/// The Redis floor: the same files as 1 MiB values, SET and GET by StackExchange.Redis with a window of requests in
/// flight over one connection, read from and written to files, and nothing else (no hashing, no checks, no temporary
/// files, no scripts).
/// </summary>
internal static class RedisFloor
{
    private const int ChunkBytes = 1024 * 1024;
    private const int InFlight = 16;

    public static async Task<int> SetAsync(BenchOptions options)
    {
        var root = options["tree"];
        var run = options["run"];
        var files = TreeIndex.Of(root);
        await using var connection = await ConnectionMultiplexer.ConnectAsync(options["redis"]);
        var database = connection.GetDatabase();
        var measurement = new Measurement();
        var pending = new Queue<(Task Write, byte[] Buffer)>();
        var bytes = 0L;
        for (var f = 0; f < files.Count; f++)
        {
            await using var input = TreeIndex.OpenRead(root, files[f].Path);
            for (var c = 0L; c * ChunkBytes < files[f].Size; c++)
            {
                if (pending.Count == InFlight)
                {
                    var (write, used) = pending.Dequeue();
                    await write;
                    ArrayPool<byte>.Shared.Return(used);
                }

                var buffer = ArrayPool<byte>.Shared.Rent(ChunkBytes);
                var read = await input.ReadAtLeastAsync(buffer.AsMemory(0, ChunkBytes), ChunkBytes, throwOnEndOfStream: false);
                pending.Enqueue((database.StringSetAsync(Key(run, f, c), buffer.AsMemory(0, read)), buffer));
                bytes += read;
            }
        }

        while (pending.TryDequeue(out var last))
        {
            await last.Write;
            ArrayPool<byte>.Shared.Return(last.Buffer);
        }

        await database.StringSetAsync(run + ":index", TreeIndex.Write(files));
        return measurement.Report("floor-set", "redis", bytes);
    }

    public static async Task<int> GetAsync(BenchOptions options)
    {
        var root = options["workspace"];
        var run = options["run"];
        await using var connection = await ConnectionMultiplexer.ConnectAsync(options["redis"]);
        var database = connection.GetDatabase();
        var measurement = new Measurement();
        var files = TreeIndex.Read((string)(await database.StringGetAsync(run + ":index"))!);
        var chunks = files.SelectMany((file, f) => Enumerable.Range(0, (int)((file.Size + ChunkBytes - 1) / ChunkBytes)).Select(c => (File: f, Chunk: (long)c))).ToList();
        var pending = new Queue<(int File, Task<Lease<byte>?> Read)>();
        var bytes = 0L;
        FileStream? output = null;
        var current = -1;
        for (var next = 0; next < chunks.Count || pending.Count > 0;)
        {
            while (next < chunks.Count && pending.Count < InFlight)
            {
                pending.Enqueue((chunks[next].File, database.StringGetLeaseAsync(Key(run, chunks[next].File, chunks[next].Chunk))));
                next++;
            }

            var (file, read) = pending.Dequeue();
            using var lease = await read ?? throw new InvalidOperationException("a floor chunk is missing");
            if (file != current)
            {
                if (output is not null)
                {
                    await output.DisposeAsync();
                }

                output = TreeIndex.Create(root, files[file].Path);
                current = file;
            }

            await output!.WriteAsync(lease.Memory);
            bytes += lease.Length;
        }

        if (output is not null)
        {
            await output.DisposeAsync();
        }

        return measurement.Report("floor-get", "redis", bytes);
    }

    private static string Key(string run, int file, long chunk) => string.Create(CultureInfo.InvariantCulture, $"{run}:{file}:{chunk}");
}
