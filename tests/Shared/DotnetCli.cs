namespace ModularPipelines.Distributed.Tests.Shared;

/// <summary>
/// Runs the <c>dotnet</c> that runs these tests (so builds use the same SDK) the way a user's shell would: without
/// the MSBuild variables a test host inherits, without build servers or reused nodes (they would outlive the command
/// and hold its output open), and retrying when another build on the machine holds a file the command needs.
/// </summary>
public static class DotnetCli
{
    private const int Attempts = 4;
    private static readonly TimeSpan LockRetryDelay = TimeSpan.FromSeconds(20);

    /// <summary>Variables set by a parent <c>dotnet test</c> or MSBuild that would point a child build at the wrong SDK pieces.</summary>
    private static readonly string[] InheritedBuildVariables =
    [
        "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly", "MSBUILDNOINPROCNODE",
    ];

    public static string HostPath { get; } = FindHost();

    public static async Task<ProcessResult> RunAsync(
        string workingDirectory,
        IReadOnlyList<string> arguments,
        TimeSpan timeout,
        IReadOnlyDictionary<string, string?>? extraEnvironment = null)
    {
        var environment = Environment(extraEnvironment);
        ProcessResult result;
        var attempt = 1;
        while (true)
        {
            result = await ProcessRunner.RunAsync(HostPath, arguments, workingDirectory, environment, timeout);
            if (result.ExitCode == 0 || attempt == Attempts || !IsFileLock(result))
            {
                return result;
            }

            await TestContext.Progress.WriteLineAsync($"another build holds a file ({result.CommandLine}); retrying in {LockRetryDelay.TotalSeconds:0} s");
            await Task.Delay(LockRetryDelay);
            attempt++;
        }
    }

    /// <summary>
    /// The environment changes a <c>dotnet</c> command gets, as a user's shell would have them, plus
    /// <paramref name="extraEnvironment"/>: for a script that runs <c>dotnet</c> itself.
    /// </summary>
    public static Dictionary<string, string?> Environment(IReadOnlyDictionary<string, string?>? extraEnvironment = null)
    {
        var environment = new Dictionary<string, string?>
        {
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
            ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
            ["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0",
            ["MSBUILDDISABLENODEREUSE"] = "1",
            ["UseSharedCompilation"] = "false",
        };
        foreach (var name in InheritedBuildVariables)
        {
            environment[name] = null;
        }

        foreach (var (name, value) in extraEnvironment ?? new Dictionary<string, string?>())
        {
            environment[name] = value;
        }

        return environment;
    }

    private static bool IsFileLock(ProcessResult result) =>
        result.Output.Contains("being used by another process", StringComparison.OrdinalIgnoreCase)
        || result.Output.Contains("MSB3026", StringComparison.Ordinal)
        || result.Output.Contains("MSB3027", StringComparison.Ordinal);

    private static string FindHost()
    {
        if (System.Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } hostPath && File.Exists(hostPath))
        {
            return hostPath;
        }

        var current = System.Environment.ProcessPath;
        return current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet" ? current : "dotnet";
    }
}
