using ModularPipelines.Distributed.Runtime.Tests.Support;

namespace ModularPipelines.Distributed.Runtime.Tests.CommandLine;

public sealed class EnvironmentFallbackTests
{
    [Test]
    public void InstanceAndTotalFallBackToTheEnvironment()
    {
        var settings = OptionParsing.Settings([], new Dictionary<string, string>
        {
            ["MODULAR_PIPELINES_INSTANCE"] = "1",
            ["MODULAR_PIPELINES_TOTAL"] = "4",
        });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(settings.InstanceIndex, Is.EqualTo(1));
            Assert.That(settings.TotalInstances, Is.EqualTo(4));
        }
    }

    [Test]
    public void RedisFallsBackToModularPipelinesRedisBeforeRedisUrl()
    {
        var settings = OptionParsing.Settings([], new Dictionary<string, string>
        {
            ["MODULAR_PIPELINES_REDIS"] = "primary:6379",
            ["REDIS_URL"] = "secondary:6379",
        });

        Assert.That(settings.RedisConfiguration, Is.EqualTo("primary:6379"));
    }

    [Test]
    public void RedisFallsBackToRedisUrl()
    {
        var settings = OptionParsing.Settings([], new Dictionary<string, string> { ["REDIS_URL"] = "secondary:6379" });

        Assert.That(settings.RedisConfiguration, Is.EqualTo("secondary:6379"));
    }

    [Test]
    public void CapabilitiesFallBackToACommaSeparatedEnvironmentVariable()
    {
        var settings = OptionParsing.Settings([], new Dictionary<string, string>
        {
            ["MODULAR_PIPELINES_CAPABILITIES"] = "docker, gpu:cuda12,,arm64",
        });

        Assert.That(settings.Capabilities, Is.EqualTo(new[] { "docker", "gpu:cuda12", "arm64" }));
    }

    [Test]
    public void RunIdComesFromModularPipelinesRunIdFirst()
    {
        var settings = OptionParsing.Settings([], new Dictionary<string, string>
        {
            ["MODULAR_PIPELINES_RUN_ID"] = "explicit",
            ["GITHUB_RUN_ID"] = "123",
            ["GITHUB_RUN_ATTEMPT"] = "2",
        });

        Assert.That(settings.RunId, Is.EqualTo("explicit"));
    }

    [Test]
    public void RunIdFallsBackToTheGitHubRunIdAndAttempt()
    {
        var settings = OptionParsing.Settings([], new Dictionary<string, string>
        {
            ["GITHUB_RUN_ID"] = "123",
            ["GITHUB_RUN_ATTEMPT"] = "2",
        });

        Assert.That(settings.RunId, Is.EqualTo("123-2"));
    }

    [Test]
    public void EmptyEnvironmentVariablesCountAsAbsent()
    {
        var settings = OptionParsing.Settings([], new Dictionary<string, string>
        {
            ["MODULAR_PIPELINES_INSTANCE"] = string.Empty,
            ["MODULAR_PIPELINES_REDIS"] = string.Empty,
            ["REDIS_URL"] = "fallback:6379",
            ["MODULAR_PIPELINES_RUN_ID"] = string.Empty,
        });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(settings.InstanceIndex, Is.Null);
            Assert.That(settings.RedisConfiguration, Is.EqualTo("fallback:6379"));
            Assert.That(settings.RunId, Is.Null);
        }
    }
}
