using ModularPipelines.Distributed.Runtime.Tests.Support;

namespace ModularPipelines.Distributed.Runtime.Tests.CommandLine;

public sealed class PrecedenceTests
{
    private static readonly Dictionary<string, string> Environment = new()
    {
        ["MODULAR_PIPELINES_INSTANCE"] = "1",
        ["MODULAR_PIPELINES_TOTAL"] = "2",
        ["MODULAR_PIPELINES_REDIS"] = "env-redis:6379",
        ["REDIS_URL"] = "env-url:6379",
        ["MODULAR_PIPELINES_RUN_ID"] = "env-run",
        ["GITHUB_RUN_ID"] = "999",
        ["MODULAR_PIPELINES_CAPABILITIES"] = "env-capability",
    };

    [Test]
    public void CommandLineWinsOverTheEnvironment()
    {
        var settings = OptionParsing.Settings(
            ["--instance", "3", "--total", "5", "--redis", "cli-redis:6379", "--run-id", "cli-run", "--capability", "cli-capability"],
            Environment);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(settings.InstanceIndex, Is.EqualTo(3));
            Assert.That(settings.TotalInstances, Is.EqualTo(5));
            Assert.That(settings.RedisConfiguration, Is.EqualTo("cli-redis:6379"));
            Assert.That(settings.RunId, Is.EqualTo("cli-run"));
            Assert.That(settings.Capabilities, Is.EqualTo(new[] { "cli-capability" }));
        }
    }

    [Test]
    public void EnvironmentFillsWhatTheCommandLineLeavesOut()
    {
        var settings = OptionParsing.Settings(["--instance", "0"], Environment);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(settings.InstanceIndex, Is.Zero);
            Assert.That(settings.TotalInstances, Is.EqualTo(2));
            Assert.That(settings.RunId, Is.EqualTo("env-run"));
        }
    }

    [Test]
    public void InstanceOnTheCommandLineIsCheckedAgainstTotalFromTheEnvironment()
    {
        var error = OptionParsing.Error(["--instance", "2"], Environment);

        Assert.That(error, Does.Contain("--instance 2").And.Contain("--total 2"));
    }

    [Test]
    public void CommandLineAndEnvironmentOverrideValuesSetInCode()
    {
        var settings = OptionParsing.Settings(["--concurrency", "3", "--capability", "docker"], Environment);
        var options = new DistributedOptions { Concurrency = 16, InstanceIndex = 0, TotalInstances = 1 };
        options.Capabilities.Add("Docker");
        options.Capabilities.Add("from-code");

        settings.ApplyTo(options);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(options.Concurrency, Is.EqualTo(3));
            Assert.That(options.InstanceIndex, Is.EqualTo(1));
            Assert.That(options.TotalInstances, Is.EqualTo(2));
            Assert.That(options.Capabilities, Is.EqualTo(new[] { "Docker", "from-code" }), "capabilities add to code's, ignoring case");
            Assert.That(options.RedisConfiguration, Is.EqualTo("env-redis:6379"));
            Assert.That(options.Enabled, Is.True, "a Redis configuration turns distributed mode on");
        }
    }

    [Test]
    public void ValuesNotGivenLeaveWhatCodeSet()
    {
        var settings = OptionParsing.Settings([]);
        var options = new DistributedOptions { Concurrency = 16, InstanceIndex = 1, TotalInstances = 3, RunId = "code" };

        settings.ApplyTo(options);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(options.Concurrency, Is.EqualTo(16));
            Assert.That(options.InstanceIndex, Is.EqualTo(1));
            Assert.That(options.TotalInstances, Is.EqualTo(3));
            Assert.That(options.RunId, Is.EqualTo("code"));
            Assert.That(options.Enabled, Is.False);
        }
    }
}
