using System.Globalization;
using StackExchange.Redis;

namespace ModularPipelines.Distributed.Redis.Tests.Support;

/// <summary>
/// One run of the test pipeline: a unique run id, a control directory its modules write markers to and read release
/// files from, the processes started for it, and access to its keys. Disposing it kills what still runs.
/// </summary>
public sealed class DistributedRun : IAsyncDisposable
{
    /// <summary>Advertised by workers only: modules requiring it run on a worker, never on the master.</summary>
    public const string WorkerCapability = "worker";

    /// <summary>What the master advertises unless a test says otherwise: every capability a module needs but "worker".</summary>
    public static readonly IReadOnlyList<string> DefaultMasterCapabilities = ["gpu", "docker", "windows", "macos"];

    /// <summary>No single process may outlive this, whatever the test does.</summary>
    public static readonly TimeSpan HardProcessTimeout = TimeSpan.FromSeconds(90);

    private static readonly string[] CiRunIdVariables =
        ["REDIS_URL", "GITHUB_RUN_ID", "GITHUB_RUN_ATTEMPT", "CI_PIPELINE_ID", "BUILD_BUILDID", "BUILDKITE_BUILD_ID"];

    private readonly List<PipelineProcess> _processes = [];
    private readonly Dictionary<string, string?> _environment;
    private readonly string _assemblyPath;
    private readonly string _redisConfiguration;

    /// <param name="redis">The server the run's instances share.</param>
    /// <param name="scenario">MPD_TEST_SCENARIO, what the modules do.</param>
    /// <param name="environment">More variables for every process.</param>
    /// <param name="assemblyPath">The pipeline program: the test pipeline unless given (<see cref="ArtifactPipelineApp"/>).</param>
    /// <param name="redisConfiguration">What the instances get as <c>--redis</c>: the server's plain port unless given (TLS, a user).</param>
    public DistributedRun(RedisServer redis, string scenario, IReadOnlyDictionary<string, string?>? environment = null, string? assemblyPath = null, string? redisConfiguration = null)
    {
        Redis = redis;
        _redisConfiguration = redisConfiguration ?? redis.Configuration;
        _assemblyPath = assemblyPath ?? TestPipelineApp.AssemblyPath;
        RunId = "t-" + Guid.NewGuid().ToString("N")[..12];
        Keys = new RunKeys(RunId);
        Directory = Path.Combine(Path.GetTempPath(), "mpd-redis-tests", RunId);
        System.IO.Directory.CreateDirectory(Directory);
        _environment = HermeticEnvironment();
        _environment["MPD_TEST_DIR"] = Directory;
        _environment["MPD_TEST_SCENARIO"] = scenario;
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            _environment[name] = value;
        }
    }

    public RedisServer Redis { get; }

    public IDatabase Database => Redis.Database;

    public string RunId { get; }

    public RunKeys Keys { get; }

    /// <summary>The control directory (MPD_TEST_DIR).</summary>
    public string Directory { get; }

    public string ResultsPath => Path.Combine(Directory, "results.tsv");

    public IReadOnlyList<PipelineProcess> Processes => _processes;

    /// <summary>Every process's output, for assertion messages.</summary>
    public string Transcripts => string.Join("\n", _processes.Select(p => p.Transcript));

    /// <summary>Instance 0; writes the results file when the run ends.</summary>
    public PipelineProcess StartMaster(int total, IEnumerable<string>? capabilities = null, int concurrency = 2, IEnumerable<string>? extraArguments = null) =>
        Start("master", 0, total, capabilities ?? DefaultMasterCapabilities, concurrency, writesResults: true, extraArguments);

    /// <param name="redis">Where the worker connects (a proxy in front of <see cref="Redis"/>); <see cref="Redis"/> unless given.</param>
    public PipelineProcess StartWorker(int index, int total, IEnumerable<string>? capabilities = null, int concurrency = 2, IEnumerable<string>? extraArguments = null, string? redis = null) =>
        Start($"worker {index}", index, total, capabilities ?? [WorkerCapability], concurrency, writesResults: false, extraArguments, redis);

    /// <summary>The same program without --redis: every module in this one process.</summary>
    public PipelineProcess StartInProcess(IEnumerable<string> capabilities)
    {
        List<string> arguments = ["--concurrency", "2"];
        foreach (var capability in capabilities)
        {
            arguments.AddRange(["--capability", capability]);
        }

        return StartProcess("in-process", arguments, writesResults: true);
    }

    /// <summary>Waits for every process of the run to exit; returns their exit codes in start order.</summary>
    public async Task<IReadOnlyList<int>> WaitForAllAsync(TimeSpan timeout)
    {
        var codes = new List<int>();
        foreach (var process in _processes)
        {
            codes.Add(await process.WaitForExitAsync(timeout));
        }

        return codes;
    }

    public RunResults ReadResults() => File.Exists(ResultsPath)
        ? RunResults.Read(ResultsPath)
        : throw new AssertionException($"the master wrote no results file ({ResultsPath}).\n{Transcripts}");

    /// <summary>A marker a module wrote: kind is started, finished or cancelled; key names the module.</summary>
    public Marker? Marker(string kind, string key, int attempt = 1) =>
        Support.Marker.TryRead(Path.Combine(Directory, string.Create(CultureInfo.InvariantCulture, $"{kind}.{key}.{attempt}")));

    public async Task<Marker> WaitForMarkerAsync(string kind, string key, int attempt, TimeSpan timeout)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            if (Marker(kind, key, attempt) is { } marker)
            {
                return marker;
            }

            if (clock.Elapsed > timeout)
            {
                Assert.Fail($"no {kind}.{key}.{attempt} marker within {timeout.TotalSeconds:0.#}s.\n{Transcripts}");
            }

            await Task.Delay(20);
        }
    }

    /// <summary>Creates release.NAME, which a module of the scenario waits for.</summary>
    public void Release(string name) => File.WriteAllText(Path.Combine(Directory, "release." + name), string.Empty);

    /// <summary>The process whose pid a marker names.</summary>
    public PipelineProcess ProcessOf(Marker marker) =>
        _processes.SingleOrDefault(p => p.Pid == marker.Pid)
        ?? throw new AssertionException($"no process of this run has pid {marker.Pid}.\n{Transcripts}");

    public async ValueTask DisposeAsync()
    {
        foreach (var process in _processes)
        {
            await process.DisposeAsync();
        }

        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A process that was just killed may still be closing a file; the OS temp cleaner takes the rest.
        }
    }

    private PipelineProcess Start(string name, int index, int total, IEnumerable<string> capabilities, int concurrency, bool writesResults, IEnumerable<string>? extraArguments, string? redis = null)
    {
        List<string> arguments =
        [
            "--instance", index.ToString(CultureInfo.InvariantCulture),
            "--total", total.ToString(CultureInfo.InvariantCulture),
            "--redis", redis ?? _redisConfiguration,
            "--run-id", RunId,
            "--concurrency", concurrency.ToString(CultureInfo.InvariantCulture),
        ];
        foreach (var capability in capabilities)
        {
            arguments.AddRange(["--capability", capability]);
        }

        arguments.AddRange(extraArguments ?? []);
        return StartProcess(name, arguments, writesResults);
    }

    private PipelineProcess StartProcess(string name, List<string> arguments, bool writesResults)
    {
        var environment = new Dictionary<string, string?>(_environment)
        {
            ["MPD_TEST_RESULTS"] = writesResults ? ResultsPath : null,
        };
        var process = PipelineProcess.Start(_assemblyPath, name, arguments, environment, HardProcessTimeout);
        _processes.Add(process);
        return process;
    }

    /// <summary>The machine's own pipeline settings (a CI runner sets some) must not leak into the runs under test.</summary>
    private static Dictionary<string, string?> HermeticEnvironment()
    {
        var environment = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
        };
        foreach (var name in CiRunIdVariables)
        {
            environment[name] = null;
        }

        foreach (var name in Environment.GetEnvironmentVariables().Keys.Cast<string>())
        {
            if (name.StartsWith("MODULAR_PIPELINES_", StringComparison.Ordinal) || name.StartsWith("MPD_TEST_", StringComparison.Ordinal))
            {
                environment[name] = null;
            }
        }

        return environment;
    }
}
