using ModularPipelines.Distributed.Runtime.Tests.Support;

namespace ModularPipelines.Distributed.Runtime.Tests.CommandLine;

public sealed class InvalidOptionTests
{
    [TestCase(new[] { "--instance", "-1" }, "--instance", "-1")]
    [TestCase(new[] { "--instance=abc" }, "--instance", "abc")]
    [TestCase(new[] { "--total", "0" }, "--total", "0")]
    [TestCase(new[] { "--total", "2.5" }, "--total", "2.5")]
    [TestCase(new[] { "--concurrency", "0" }, "--concurrency", "0")]
    [TestCase(new[] { "--concurrency", "many" }, "--concurrency", "many")]
    [TestCase(new[] { "--instance=" }, "--instance", "''")]
    public void NegativeOrNonNumericNumbersAreRejectedNamingTheOptionAndValue(string[] args, string option, string value)
    {
        var error = OptionParsing.Error(args);

        AssertOneLine(error, option, value);
    }

    [Test]
    public void NonNumericEnvironmentValueIsRejectedNamingTheVariable()
    {
        var error = OptionParsing.Error([], new Dictionary<string, string> { ["MODULAR_PIPELINES_TOTAL"] = "lots" });

        AssertOneLine(error, "MODULAR_PIPELINES_TOTAL", "lots");
    }

    [TestCase("--instance 2 --total 2")]
    [TestCase("--instance 5 --total=3")]
    public void InstanceAtOrAboveTotalIsRejected(string commandLine)
    {
        var error = OptionParsing.Error(commandLine.Split(' '));

        AssertOneLine(error, "--instance", "--total");
    }

    [TestCase("--verbose")]
    [TestCase("--instances=1")]
    public void UnknownOptionIsRejectedNamingIt(string option)
    {
        var error = OptionParsing.Error([option]);

        AssertOneLine(error, option.Split('=')[0], "--help");
    }

    [Test]
    public void ArgumentThatIsNotAnOptionIsRejected()
    {
        var error = OptionParsing.Error(["build"]);

        AssertOneLine(error, "'build'");
    }

    [TestCase(new[] { "--instance" }, "--instance")]
    [TestCase(new[] { "--total", "--instance", "0" }, "--total")]
    [TestCase(new[] { "--capability" }, "--capability")]
    public void OptionWithoutAValueIsRejected(string[] args, string option)
    {
        var error = OptionParsing.Error(args);

        AssertOneLine(error, option, "needs a value");
    }

    [TestCase("dock er")]
    [TestCase("gpu/cuda")]
    [TestCase("wïndows")]
    [TestCase(" ")]
    public void CapabilityWithInvalidCharactersIsRejected(string capability)
    {
        var error = OptionParsing.Error(["--capability", capability]);

        AssertOneLine(error, $"'{capability}'");
    }

    [Test]
    public void InvalidCapabilityFromTheEnvironmentIsRejected()
    {
        var error = OptionParsing.Error([], new Dictionary<string, string> { ["MODULAR_PIPELINES_CAPABILITIES"] = "docker,bad name" });

        AssertOneLine(error, "'bad name'");
    }

    [TestCase(new[] { "--instance", "0", "--instance", "1" }, "--instance")]
    [TestCase(new[] { "--run-id=a", "--run-id", "b" }, "--run-id")]
    [TestCase(new[] { "--concurrency=2", "--concurrency=2" }, "--concurrency")]
    public void RepeatedOptionIsRejected(string[] args, string option)
    {
        var error = OptionParsing.Error(args);

        AssertOneLine(error, option, "twice");
    }

    [Test]
    public void RepeatedCapabilityOptionIsAccepted()
    {
        var settings = OptionParsing.Settings(["--capability", "docker", "--capability", "gpu"]);

        Assert.That(settings.Capabilities, Is.EqualTo(new[] { "docker", "gpu" }));
    }

    [Test]
    public void EmptyRedisConfigurationIsRejected()
    {
        var error = OptionParsing.Error(["--redis= "]);

        AssertOneLine(error, "--redis");
    }

    private static void AssertOneLine(string error, params string[] fragments)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(error, Is.Not.Empty);
            Assert.That(error, Does.Not.Contain('\n'));
            foreach (var fragment in fragments)
            {
                Assert.That(error, Does.Contain(fragment));
            }
        }
    }
}
