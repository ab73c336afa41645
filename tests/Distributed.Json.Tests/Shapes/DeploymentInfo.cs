namespace ModularPipelines.Distributed.Json.Tests.Shapes;

/// <summary>A mutable class: parameterless constructor, settable, get-only, private-set and set-only properties.</summary>
public sealed class DeploymentInfo
{
    private string _secret = string.Empty;

    public string Environment { get; set; } = "staging";

    public int Replicas { get; set; }

    public List<string> Regions { get; set; } = [];

    public string Summary => $"{Environment}x{Replicas}";

    public DateTimeOffset? DeployedAt { get; private set; }

    public string Secret
    {
        set => _secret = value;
    }

    public bool HasSecret() => _secret.Length > 0;

    public void MarkDeployed(DateTimeOffset at) => DeployedAt = at;
}
