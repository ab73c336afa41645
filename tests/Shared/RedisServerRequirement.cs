namespace ModularPipelines.Distributed.Tests.Shared;

/// <summary>
/// Where tests find <c>redis-server</c>, and what they do without one: on a developer's machine they are skipped with
/// the reason, but under CI (<c>CI=true</c>) they fail, so a CI machine without redis-server cannot go green with no
/// distributed coverage.
/// </summary>
public static class RedisServerRequirement
{
    public const string InstallHint =
        "install it (apt-get install redis-server; scripts/test.sh does so when run as root) or set MPD_TEST_REDIS_SERVER to its path";

    /// <summary>The redis-server executable: MPD_TEST_REDIS_SERVER if set, else the first on PATH or in the usual folders.</summary>
    public static string? FindExecutable(Func<string, string?> environment)
    {
        if (environment("MPD_TEST_REDIS_SERVER") is { Length: > 0 } configured)
        {
            return File.Exists(configured) ? configured : null;
        }

        var directories = (environment("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Concat(["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin"]);
        return directories.Select(d => Path.Combine(d, "redis-server")).FirstOrDefault(File.Exists);
    }

    /// <summary>Whether a missing redis-server fails the tests that need it (under CI) rather than skipping them.</summary>
    public static bool MissingFailsTheRun(Func<string, string?> environment) =>
        string.Equals(environment("CI"), "true", StringComparison.OrdinalIgnoreCase) || environment("CI") == "1";

    /// <summary>The line a test that needs redis-server ends with when there is none.</summary>
    public static string MissingMessage(Func<string, string?> environment) =>
        (MissingFailsTheRun(environment) ? "redis-server is missing on this CI machine (CI=true), so the distributed tests fail rather than skip: " : "redis-server is not installed, so this test is skipped: ")
        + InstallHint;

    /// <summary>Returns the executable, or ends the calling test: failed under CI, ignored elsewhere.</summary>
    public static string Require()
    {
        if (FindExecutable(Environment.GetEnvironmentVariable) is { } executable)
        {
            return executable;
        }

        var message = MissingMessage(Environment.GetEnvironmentVariable);
        if (MissingFailsTheRun(Environment.GetEnvironmentVariable))
        {
            Assert.Fail(message);
        }

        Assert.Ignore(message);
        return string.Empty;
    }
}
