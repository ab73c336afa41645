using ModularPipelines.Distributed.Runtime.Tests.Support;

namespace ModularPipelines.Distributed.Runtime.Tests.CommandLine;

public sealed class OptionSyntaxTests
{
    [TestCase("--instance", "0")]
    [TestCase("--instance=0")]
    public void InstanceIsReadInBothForms(params string[] args)
    {
        var settings = OptionParsing.Settings(args);

        Assert.That(settings.InstanceIndex, Is.Zero);
    }

    [Test]
    public void EveryOptionIsReadFromTheCommandLine()
    {
        var settings = OptionParsing.Settings(
        [
            "--instance", "2", "--total=3", "--redis", "localhost:6379,password=secret,ssl=true", "--run-id=77-1",
            "--capability", "docker", "--capability=gpu:cuda12", "--concurrency", "6",
        ]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(settings.ShowHelp, Is.False);
            Assert.That(settings.InstanceIndex, Is.EqualTo(2));
            Assert.That(settings.TotalInstances, Is.EqualTo(3));
            Assert.That(settings.RedisConfiguration, Is.EqualTo("localhost:6379,password=secret,ssl=true"));
            Assert.That(settings.RunId, Is.EqualTo("77-1"));
            Assert.That(settings.Capabilities, Is.EqualTo(new[] { "docker", "gpu:cuda12" }));
            Assert.That(settings.Concurrency, Is.EqualTo(6));
        }
    }

    [Test]
    public void ValueAfterAnEqualsSignMayItselfContainEqualsSigns()
    {
        var settings = OptionParsing.Settings(["--redis=host:6379,password=a=b"]);

        Assert.That(settings.RedisConfiguration, Is.EqualTo("host:6379,password=a=b"));
    }

    [Test]
    public void NoOptionsAndNoEnvironmentLeaveEveryValueUnset()
    {
        var settings = OptionParsing.Settings([]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(settings.InstanceIndex, Is.Null);
            Assert.That(settings.TotalInstances, Is.Null);
            Assert.That(settings.RedisConfiguration, Is.Null);
            Assert.That(settings.RunId, Is.Null);
            Assert.That(settings.Capabilities, Is.Empty);
            Assert.That(settings.Concurrency, Is.Null);
        }
    }

    [TestCase("--help")]
    [TestCase("-h")]
    public void HelpOptionAsksForHelp(string option)
    {
        var settings = OptionParsing.Settings([option]);

        Assert.That(settings.ShowHelp, Is.True);
    }
}
