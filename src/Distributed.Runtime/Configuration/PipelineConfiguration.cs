using Microsoft.Extensions.Configuration;

namespace ModularPipelines.Distributed;

/// <summary>
/// Builds the pipeline's configuration: an optional <c>appsettings.json</c> in the current directory, then the
/// environment variables (<c>Deploy__Target</c> is <c>Deploy:Target</c>), then the command line's <c>--set KEY=VALUE</c>;
/// later sources win.
/// </summary>
internal static class PipelineConfiguration
{
    public const string SettingsFile = "appsettings.json";

    public static ConfigurationManager Create(IReadOnlyList<KeyValuePair<string, string?>> commandLineValues) =>
        Create(commandLineValues, Directory.GetCurrentDirectory());

    /// <param name="commandLineValues">The <c>--set</c> values.</param>
    /// <param name="directory">Where <see cref="SettingsFile"/> is looked for.</param>
    public static ConfigurationManager Create(IReadOnlyList<KeyValuePair<string, string?>> commandLineValues, string directory)
    {
        var configuration = new ConfigurationManager();
        configuration.SetBasePath(directory);
        configuration.AddJsonFile(SettingsFile, optional: true, reloadOnChange: false);
        configuration.AddEnvironmentVariables();
        configuration.AddInMemoryCollection(commandLineValues);
        return configuration;
    }

    /// <summary>Every value under a section (its own value too), for <see cref="PipelineBuilder.AddSecretSection"/>.</summary>
    public static IEnumerable<string?> ValuesUnder(IConfiguration configuration, string sectionKey)
    {
        var section = configuration.GetSection(sectionKey);
        return new[] { section.Value }.Concat(section.AsEnumerable().Select(pair => pair.Value));
    }
}
