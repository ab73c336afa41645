using ModularPipelines.Distributed.Tests.Shared;

namespace ModularPipelines.Distributed.Redis.Tests.Setup;

/// <summary>A machine without redis-server skips the distributed tests, except under CI, where they fail with the fix.</summary>
public sealed class RedisServerRequirementTests
{
    private static readonly Func<string, string?> NoRedisServer = Variables(("MPD_TEST_REDIS_SERVER", "/nonexistent/redis-server"));

    [Test]
    public void AMissingRedisServerFailsTheRunUnderCiWithTheLineThatSaysHowToInstallIt()
    {
        var ci = Variables(("MPD_TEST_REDIS_SERVER", "/nonexistent/redis-server"), ("CI", "true"));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(RedisServerRequirement.FindExecutable(ci), Is.Null);
            Assert.That(RedisServerRequirement.MissingFailsTheRun(ci), Is.True);
            Assert.That(RedisServerRequirement.MissingMessage(ci), Does.Contain("apt-get install redis-server").And.Contain("CI=true"));
        }
    }

    [Test]
    public void AMissingRedisServerSkipsTheTestsOutsideCi()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(RedisServerRequirement.MissingFailsTheRun(NoRedisServer), Is.False);
            Assert.That(RedisServerRequirement.MissingMessage(NoRedisServer), Does.Contain("skipped").And.Contain("apt-get install redis-server"));
        }
    }

    [TestCase("true", 1)]
    [TestCase("", 0)]
    public async Task TheTestScriptFailsUnderCiWhenRedisServerIsMissing(string ci, int expectedExitCode)
    {
        // scripts/test.sh installs redis-server when it can, then asks scripts/require-redis.sh whether to go on.
        var result = await ProcessRunner.RunAsync(
            "/bin/bash",
            [RepositoryRoot.Combine("scripts", "require-redis.sh")],
            RepositoryRoot.Path,
            new Dictionary<string, string?> { ["CI"] = ci, ["MPD_TEST_REDIS_SERVER"] = "/nonexistent/redis-server" },
            TimeSpan.FromSeconds(30));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(expectedExitCode), result.Transcript);
            Assert.That(result.Output, Does.Contain("apt-get install redis-server"));
        }
    }

    private static Func<string, string?> Variables(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;
}
