using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ModularPipelines.Distributed.Runtime.Tests.Support;

namespace ModularPipelines.Distributed.Runtime.Tests.Configuration;

/// <summary>PipelineBuilder.Configuration's sources and their precedence, and secrets masked wherever the pipeline writes.</summary>
public sealed class ConfigurationAndSecretsTests
{
    [Test]
    public void TheCommandLineWinsOverTheEnvironmentWhichWinsOverAppSettings()
    {
        var directory = Directory.CreateTempSubdirectory("mpd-config-").FullName;
        var unique = "Mpd" + Guid.NewGuid().ToString("N")[..8];
        File.WriteAllText(Path.Combine(directory, PipelineConfiguration.SettingsFile),
            $$"""{ "{{unique}}": { "FromFile": "file", "FromEnvironment": "file", "FromCommandLine": "file" } }""");
        Environment.SetEnvironmentVariable($"{unique}__FromEnvironment", "environment");
        Environment.SetEnvironmentVariable($"{unique}__FromCommandLine", "environment");
        try
        {
            var configuration = PipelineConfiguration.Create([new($"{unique}:FromCommandLine", "command line")], directory);

            using (Assert.EnterMultipleScope())
            {
                Assert.That(configuration[$"{unique}:FromFile"], Is.EqualTo("file"));
                Assert.That(configuration[$"{unique}:FromEnvironment"], Is.EqualTo("environment"));
                Assert.That(configuration[$"{unique}:FromCommandLine"], Is.EqualTo("command line"));
            }
        }
        finally
        {
            Environment.SetEnvironmentVariable($"{unique}__FromEnvironment", null);
            Environment.SetEnvironmentVariable($"{unique}__FromCommandLine", null);
        }
    }

    [Test]
    public async Task SetValuesReachTheModulesThroughIConfiguration()
    {
        string? seen = null;
        ModuleDefinition[] modules =
        [
            Node.Probe("Deploy", (context, _) =>
            {
                seen = context.Services.GetRequiredService<IConfiguration>()["Deploy:Environment"];
                return Task.FromResult<string?>(seen);
            }),
        ];

        var run = await PipelineHarness.RunAsync(modules, "--set", "Deploy:Environment=staging");

        Assert.That(seen, Is.EqualTo("staging"), run.Error);
    }

    [Test]
    public async Task ASecretIsMaskedInTheSummaryAndInFailureTexts()
    {
        ModuleDefinition[] modules = [Node.Failing("Push", "push refused for token tok-12345 at feed")];

        var run = await PipelineHarness.RunAsync(modules, [], configure: builder => builder.AddSecret("tok-12345"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(PipelineExitCode.Failed));
            Assert.That(run.Output, Does.Contain("push refused for token *** at feed"));
            Assert.That(run.Output + run.Error, Does.Not.Contain("tok-12345"));
        }
    }

    [Test]
    public async Task EveryValueOfASecretSectionIsMasked()
    {
        ModuleDefinition[] modules = [Node.Failing("Push", "keys: alpha-key-1 beta-key-2")];

        var run = await PipelineHarness.RunAsync(modules, ["--set", "Credentials:Alpha=alpha-key-1", "--set", "Credentials:Nested:Beta=beta-key-2"],
            configure: builder => builder.AddSecretSection("Credentials"));

        Assert.That(run.Output, Does.Contain("keys: *** ***").And.Not.Contain("alpha-key-1").And.Not.Contain("beta-key-2"));
    }

    [Test]
    public async Task UnderGitHubActionsEverySecretIsAnnouncedWithAddMask()
    {
        ModuleDefinition[] modules = [Node.Returning("Build")];

        var run = await PipelineHarness.RunAsync(modules, [], new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true" },
            configure: builder => builder.AddSecret("tok-12345"));

        Assert.That(run.Output, Does.StartWith("::add-mask::tok-12345\n"));
    }

    [Test]
    public void LogLinesAndTheirExceptionsAreMasked()
    {
        var secrets = new SecretMasker();
        secrets.Add("tok-12345");
        var formatter = new PipelineConsoleFormatter(secrets, new ModuleLogGroups(enabled: false));
        using var text = new StringWriter();
        var entry = new LogEntry<string>(LogLevel.Information, "Push", default, "pushing with tok-12345", new InvalidOperationException("tok-12345 refused"), (state, _) => state);

        formatter.Write(entry, text);

        Assert.That(text.ToString(), Does.Contain("pushing with ***").And.Contain("InvalidOperationException: *** refused").And.Not.Contain("tok-12345"));
    }

    [TestCase("--set")]
    [TestCase("--set novalue")]
    [TestCase("--set =value")]
    public async Task ASetWithoutKeyEqualsValueExitsWithCodeTwo(string commandLine)
    {
        var run = await PipelineHarness.RunAsync([Node.Returning("Build")], commandLine.Split(' '));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(PipelineExitCode.ConfigurationError));
            Assert.That(run.ErrorLines, Has.Count.EqualTo(1));
        }
    }
}
