namespace ModularPipelines.Distributed.Tests.Shared;

/// <summary>
/// Where tests find s3rver, the S3-compatible server (npm) the S3 store is tested against, and what they do without
/// one: as with redis-server (<see cref="RedisServerRequirement"/>), skipped with the reason on a developer's machine,
/// failed under CI (<c>CI=true</c>).
/// </summary>
public static class S3ServerRequirement
{
    public const string InstallHint =
        "install it (npm install --prefix artifacts/tools/s3rver s3rver@3.7.1; scripts/test.sh does so) or set MPD_TEST_S3RVER to its path";

    /// <summary>The s3rver script: MPD_TEST_S3RVER if set, else the one scripts/test.sh installs under artifacts/tools.</summary>
    public static string? FindExecutable(Func<string, string?> environment)
    {
        var path = environment("MPD_TEST_S3RVER") is { Length: > 0 } configured
            ? configured
            : Path.Combine(RepositoryRoot.Path, "artifacts", "tools", "s3rver", "node_modules", ".bin", "s3rver");
        return File.Exists(path) ? path : null;
    }

    /// <summary>Returns the executable, or ends the calling test: failed under CI, ignored elsewhere.</summary>
    public static string Require()
    {
        if (FindExecutable(Environment.GetEnvironmentVariable) is { } executable)
        {
            return executable;
        }

        if (RedisServerRequirement.MissingFailsTheRun(Environment.GetEnvironmentVariable))
        {
            Assert.Fail("s3rver is missing on this CI machine (CI=true), so the S3 tests fail rather than skip: " + InstallHint);
        }

        Assert.Ignore("s3rver is not installed, so this test is skipped: " + InstallHint);
        return string.Empty;
    }
}
