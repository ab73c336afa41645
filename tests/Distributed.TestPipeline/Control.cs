using System.Globalization;

namespace ModularPipelines.Distributed.TestPipeline;

/// <summary>
/// What the test asked for (<c>MPD_TEST_SCENARIO</c>) and the directory it watches (<c>MPD_TEST_DIR</c>): modules
/// write marker files there (when they started, finished, saw cancellation; where and in which process) and wait for
/// release files the test creates. Times are Unix milliseconds of the machine's clock, shared by all processes.
/// </summary>
internal static class Control
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(20);

    public static string Scenario { get; } = Environment.GetEnvironmentVariable("MPD_TEST_SCENARIO") ?? string.Empty;

    public static string? Directory { get; } = Environment.GetEnvironmentVariable("MPD_TEST_DIR");

    public static long NowMs => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

    public static bool Is(string scenario) => string.Equals(Scenario, scenario, StringComparison.Ordinal);

    /// <summary>Writes a marker file atomically (readers never see half a file).</summary>
    public static void Write(string name, string text)
    {
        if (Directory is null)
        {
            return;
        }

        var path = Path.Combine(Directory, name);
        var temporary = path + ".tmp" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        File.WriteAllText(temporary, text);
        File.Move(temporary, path, overwrite: true);
    }

    public static async Task WaitForFileAsync(string name, CancellationToken cancellationToken)
    {
        if (Directory is null)
        {
            throw new InvalidOperationException($"MPD_TEST_DIR is not set, so release file '{name}' can never appear");
        }

        var path = Path.Combine(Directory, name);
        while (!File.Exists(path))
        {
            await Task.Delay(PollInterval, cancellationToken);
        }
    }
}
