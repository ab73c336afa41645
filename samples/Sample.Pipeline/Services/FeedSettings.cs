namespace Sample.Pipeline.Services;

/// <summary>
/// Where PublishModule pushes, from configuration (section <c>Feed</c>: <c>appsettings.json</c>, then
/// <c>Feed__Name</c>-style environment variables, then <c>--set Feed:Name=...</c>). The API key is a secret:
/// Program.cs marks it so, and it is printed as <c>***</c> wherever the pipeline writes text.
/// </summary>
public sealed class FeedSettings
{
    public string Name { get; set; } = "local";

    public string? ApiKey { get; set; }
}
