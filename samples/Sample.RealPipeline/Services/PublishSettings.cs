namespace Sample.RealPipeline.Services;

/// <summary>Where the publish step pushes packages: the <c>Publish</c> section of the configuration.</summary>
public sealed class PublishSettings
{
    /// <summary>The environment variable holding the feed's API key; without it the publish step is skipped.</summary>
    public const string ApiKeyVariable = "NUGET_API_KEY";

    /// <summary>
    /// A NuGet source: a feed URL, or a folder (relative to the workspace). The default, <c>out/feed</c>, keeps the
    /// sample off the network; <c>--set Publish:Source=https://api.nuget.org/v3/index.json</c> would publish for real.
    /// </summary>
    public string Source { get; set; } = "out/feed";
}
