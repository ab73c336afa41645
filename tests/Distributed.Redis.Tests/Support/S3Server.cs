using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Text;
using Amazon.Runtime;
using Amazon.S3;
using ModularPipelines.Distributed.Tests.Shared;

namespace ModularPipelines.Distributed.Redis.Tests.Support;

/// <summary>
/// A throw-away s3rver (an S3-compatible server) on a free loopback port, storing in a folder of its own; one per test
/// run, started by the first test that needs it. Its access key is s3rver's own, given to the stores the standard way:
/// the AWS_* environment variables of this process and of the pipelines it starts.
/// </summary>
public sealed class S3Server : IAsyncDisposable
{
    public const string AccessKey = "S3RVER";
    public const string SecretKey = "S3RVER";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(20);
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static S3Server? _shared;
    private readonly Process _process;
    private readonly StringBuilder _output;
    private readonly DirectoryInfo _data;

    private S3Server(Process process, StringBuilder output, DirectoryInfo data, int port)
    {
        _process = process;
        _output = output;
        _data = data;
        Endpoint = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}");
    }

    /// <summary>What <c>AWS_ENDPOINT_URL_S3</c> takes.</summary>
    public string Endpoint { get; }

    /// <summary>The environment a store (or a pipeline process) needs to reach this server.</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["AWS_ENDPOINT_URL_S3"] = Endpoint,
        ["AWS_ACCESS_KEY_ID"] = AccessKey,
        ["AWS_SECRET_ACCESS_KEY"] = SecretKey,
        ["AWS_REGION"] = "us-east-1",
    };

    /// <summary>The server the tests share, with this process's AWS_* variables pointing at it.</summary>
    public static async Task<S3Server> SharedAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_shared is null)
            {
                _shared = await StartAsync();
                foreach (var (name, value) in _shared.Environment)
                {
                    System.Environment.SetEnvironmentVariable(name, value);
                }
            }

            return _shared;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>Stops the shared server, if one was started.</summary>
    public static async Task StopSharedAsync()
    {
        if (_shared is not null)
        {
            await _shared.DisposeAsync();
            _shared = null;
        }
    }

    /// <summary>An admin client for tests to create buckets and tamper with objects.</summary>
    public AmazonS3Client Client() => new(
        new BasicAWSCredentials(AccessKey, SecretKey),
        new AmazonS3Config
        {
            ServiceURL = Endpoint,
            ForcePathStyle = true,
            AuthenticationRegion = "us-east-1",
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        });

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        _data.Delete(recursive: true);
    }

    private static async Task<S3Server> StartAsync()
    {
        var executable = S3ServerRequirement.Require();
        for (var attempt = 1; ; attempt++)
        {
            var data = Directory.CreateTempSubdirectory("mpd-s3rver-");
            var port = LoopbackPort.Free();
            var output = new StringBuilder();
            var start = new ProcessStartInfo(executable)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                ArgumentList = { "--directory", data.FullName, "--address", "127.0.0.1", "--port", port.ToString(CultureInfo.InvariantCulture), "--silent" },
            };
            var process = Process.Start(start)!;
            ProcessRegistry.Add(process);
            process.OutputDataReceived += (_, e) => Append(output, e.Data);
            process.ErrorDataReceived += (_, e) => Append(output, e.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            var server = new S3Server(process, output, data, port);
            if (await AcceptsAsync(port, process))
            {
                return server;
            }

            await server.DisposeAsync();
            if (attempt == 3)
            {
                Assert.Fail($"s3rver did not start on port {port}: {output}");
            }
        }
    }

    private static async Task<bool> AcceptsAsync(int port, Process process)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StartTimeout && !process.HasExited)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port);
                return true;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        return false;
    }

    private static void Append(StringBuilder text, string? line)
    {
        if (line is not null)
        {
            lock (text)
            {
                text.Append(line).Append('\n');
            }
        }
    }
}
