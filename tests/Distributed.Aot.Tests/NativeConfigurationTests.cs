using ModularPipelines.Distributed.Tests.Shared;

namespace ModularPipelines.Distributed.Aot.Tests;

/// <summary>
/// The native binary binds its options from appsettings.json, the environment and --set (the configuration binding
/// source generator, not reflection), with that precedence, and masks the secret section.
/// </summary>
public sealed class NativeConfigurationTests
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(2);

    [TestCase(null, null, "from-file")]
    [TestCase("from-environment", null, "from-environment")]
    [TestCase("from-environment", "from-command-line", "from-command-line")]
    public async Task The_native_binary_binds_configuration_with_the_command_line_over_the_environment_over_appsettings(
        string? environmentValue, string? commandLineValue, string expected)
    {
        NativeSamplePublish.RequireNativeBinary();
        var directory = Directory.CreateTempSubdirectory("mpd-aot-config-").FullName;
        await File.WriteAllTextAsync(Path.Combine(directory, "appsettings.json"), """{ "Feed": { "Name": "from-file", "ApiKey": "file-key-4711" } }""");

        var run = await ProcessRunner.RunAsync(
            NativeSamplePublish.BinaryPath,
            commandLineValue is null ? [] : ["--set", "Feed:Name=" + commandLineValue],
            directory,
            new Dictionary<string, string?> { ["Feed__Name"] = environmentValue },
            RunTimeout);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.Zero, () => run.Transcript);
            Assert.That(run.Output, Does.Contain($"channel of feed {expected} with API key ***"), () => run.Transcript);
            Assert.That(run.Output, Does.Not.Contain("file-key-4711"), "the secret section's value was printed");
        }
    }
}
