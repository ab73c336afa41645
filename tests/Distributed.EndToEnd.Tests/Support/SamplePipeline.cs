using System.Reflection;

namespace ModularPipelines.Distributed.EndToEnd.Tests.Support;

/// <summary>The samples under test: <see cref="Default"/> (samples/Sample.Pipeline) and <see cref="Real"/> (samples/Sample.RealPipeline).</summary>
public static class SamplePipeline
{
    /// <summary>Debug or Release: whatever these tests were built with, so a Release test run tests a Release sample.</summary>
    public static string Configuration { get; } =
        typeof(SamplePipeline).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    /// <summary>Where the samples' runs write their files (<c>SAMPLE_WORK_DIR</c>, or a <c>--workspace</c> under it); removed when the tests end.</summary>
    public static string WorkDirectory { get; } = Path.Combine(Path.GetTempPath(), "mpd-e2e-" + Guid.NewGuid().ToString("N")[..12]);

    /// <summary>The sample whose modules do quick work in files: a run takes about a second.</summary>
    public static SampleProgram Default { get; } = new("Sample.Pipeline", TimeSpan.FromSeconds(60));

    /// <summary>The sample that builds, tests and packs a real solution with dotnet and git: a run takes tens of seconds.</summary>
    public static SampleProgram Real { get; } = new("Sample.RealPipeline", TimeSpan.FromMinutes(5));

    public static async Task<SampleRun> RunAsync(params string[] arguments) =>
        await Default.RunAsync(arguments, new Dictionary<string, string?>());

    public static async Task<SampleRun> RunAsync(IEnumerable<string> arguments, IReadOnlyDictionary<string, string?> environment) =>
        await Default.RunAsync(arguments, environment);

    /// <summary>A new empty folder under <see cref="WorkDirectory"/>, for a run's <c>--workspace</c>.</summary>
    public static string NewWorkspace(string name) =>
        Directory.CreateDirectory(Path.Combine(WorkDirectory, $"{name}-{Guid.NewGuid().ToString("N")[..8]}")).FullName;
}
