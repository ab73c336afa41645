namespace ModularPipelines.Distributed.Tests.Shared;

/// <summary>
/// Real headless Chromium, one process per page, with a fresh profile each time. The flags keep it from reaching for a
/// network this machine does not have (without them it stalls on start-up) and from sandboxing, which needs a user
/// namespace that containers and root do not give it.
/// </summary>
public static class HeadlessChromium
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    /// <summary>The page's DOM once it has loaded and its scripts have run, as Chromium serializes it.</summary>
    public static async Task<string> DumpDomAsync(string executable, string htmlFile)
    {
        var result = await RunAsync(executable, "--dump-dom", new Uri(Path.GetFullPath(htmlFile)).AbsoluteUri);
        return result.StandardOutput;
    }

    /// <summary>Saves a PNG of the page at the given window size.</summary>
    public static async Task ScreenshotAsync(string executable, string htmlFile, string pngFile, int width, int height)
    {
        await RunAsync(executable, $"--screenshot={Path.GetFullPath(pngFile)}",
            FormattableString.Invariant($"--window-size={width},{height}"), new Uri(Path.GetFullPath(htmlFile)).AbsoluteUri);
        if (!File.Exists(pngFile))
        {
            Assert.Fail($"Chromium wrote no screenshot to {pngFile}");
        }
    }

    private static async Task<ProcessResult> RunAsync(string executable, params string[] arguments)
    {
        var profile = Directory.CreateTempSubdirectory("mpd-chromium-");
        try
        {
            string[] flags =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", $"--user-data-dir={profile.FullName}",
            ];
            var result = await ProcessRunner.RunAsync(executable, [.. flags, .. arguments], profile.FullName, new Dictionary<string, string?>(), Timeout);
            Assert.That(result.ExitCode, Is.Zero, result.Transcript);
            return result;
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }
}
