using ModularPipelines.Distributed.Benchmarks.Artifacts;

// One measurement per process: benchmarks/artifacts.sh runs each command in its own process and reads its BENCH line.
var options = BenchOptions.Parse(args.Skip(1));
return args.FirstOrDefault() switch
{
    "free-port" => FreePort.Print(),
    "generate" => TreeGenerator.Run(options),
    "compress" => CompressionBenchmark.Run(options),
    "publish" => await StoreBenchmark.PublishAsync(options),
    "download" => await StoreBenchmark.DownloadAsync(options),
    "redis-set" => await RedisFloor.SetAsync(options),
    "redis-get" => await RedisFloor.GetAsync(options),
    "s3-put" => await S3Floor.PutAsync(options),
    "s3-get" => await S3Floor.GetAsync(options),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: generate|compress|publish|download|redis-set|redis-get|s3-put|s3-get|free-port [--name value]...; see benchmarks/artifacts.sh");
    return 2;
}
