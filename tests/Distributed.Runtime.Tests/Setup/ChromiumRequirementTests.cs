using ModularPipelines.Distributed.Tests.Shared;

namespace ModularPipelines.Distributed.Runtime.Tests.Setup;

/// <summary>A machine without Chromium skips the page tests, except under CI, where they fail with the fix.</summary>
public sealed class ChromiumRequirementTests
{
    [Test]
    public void AMissingChromiumFailsTheRunUnderCiWithTheLineThatSaysHowToInstallIt()
    {
        var ci = Variables(("MPD_TEST_CHROMIUM", "/nonexistent/chromium"), ("CI", "true"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ChromiumRequirement.FindExecutable(ci), Is.Null);
            Assert.That(ChromiumRequirement.MissingMessage(ci), Does.Contain("apt-get install chromium").And.Contain("CI=true").And.Contain("fail"));
        }
    }

    [Test]
    public void AMissingChromiumSkipsTheTestsOutsideCi()
    {
        var local = Variables(("MPD_TEST_CHROMIUM", "/nonexistent/chromium"));

        Assert.That(ChromiumRequirement.MissingMessage(local), Does.Contain("skipped").And.Contain("apt-get install chromium"));
    }

    [Test]
    public void ChromiumIsFoundOnThePathUnderItsDebianName()
    {
        var directory = Directory.CreateTempSubdirectory("mpd-path-");
        try
        {
            var browser = Path.Combine(directory.FullName, "chromium");
            File.WriteAllText(browser, string.Empty);

            Assert.That(ChromiumRequirement.FindExecutable(Variables(("PATH", directory.FullName))), Is.EqualTo(browser));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [TestCase("true", 1)]
    [TestCase("", 0)]
    public async Task TheTestScriptFailsUnderCiWhenChromiumIsMissing(string ci, int expectedExitCode)
    {
        // scripts/test.sh installs chromium when it can, then asks scripts/require-chromium.sh whether to go on.
        var result = await ProcessRunner.RunAsync(
            "/bin/bash",
            [RepositoryRoot.Combine("scripts", "require-chromium.sh")],
            RepositoryRoot.Path,
            new Dictionary<string, string?> { ["CI"] = ci, ["MPD_TEST_CHROMIUM"] = "/nonexistent/chromium" },
            TimeSpan.FromSeconds(30));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(expectedExitCode), result.Transcript);
            Assert.That(result.Output, Does.Contain("apt-get install chromium"));
        }
    }

    private static Func<string, string?> Variables(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;
}
