namespace ModularPipelines.Distributed.Tests.Shared;

/// <summary>
/// Where tests find a headless Chromium, and what they do without one: as with redis-server
/// (<see cref="RedisServerRequirement"/>), they are skipped with the reason on a developer's machine and fail under CI
/// (<c>CI=true</c>), so a CI machine without a browser cannot go green without the page tests.
/// </summary>
public static class ChromiumRequirement
{
    public const string InstallHint =
        "install it (apt-get install chromium; scripts/test.sh does so when run as root) or set MPD_TEST_CHROMIUM to its path";

    private static readonly string[] Names = ["chromium", "chromium-browser", "google-chrome"];

    /// <summary>The browser: MPD_TEST_CHROMIUM if set, else the first of the usual names on PATH or in the usual folders.</summary>
    public static string? FindExecutable(Func<string, string?> environment)
    {
        if (environment("MPD_TEST_CHROMIUM") is { Length: > 0 } configured)
        {
            return File.Exists(configured) ? configured : null;
        }

        var directories = (environment("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Concat(["/usr/bin", "/usr/local/bin"]);
        return directories.SelectMany(d => Names.Select(name => Path.Combine(d, name))).FirstOrDefault(File.Exists);
    }

    /// <summary>The line a test that needs the browser ends with when there is none.</summary>
    public static string MissingMessage(Func<string, string?> environment) =>
        (RedisServerRequirement.MissingFailsTheRun(environment)
            ? "Chromium is missing on this CI machine (CI=true), so the page tests fail rather than skip: "
            : "Chromium is not installed, so this test is skipped: ")
        + InstallHint;

    /// <summary>Returns the executable, or ends the calling test: failed under CI, ignored elsewhere.</summary>
    public static string Require()
    {
        if (FindExecutable(Environment.GetEnvironmentVariable) is { } executable)
        {
            return executable;
        }

        var message = MissingMessage(Environment.GetEnvironmentVariable);
        if (RedisServerRequirement.MissingFailsTheRun(Environment.GetEnvironmentVariable))
        {
            Assert.Fail(message);
        }

        Assert.Ignore(message);
        return string.Empty;
    }
}
