namespace ModularPipelines.Distributed.Json.Tests.Shapes;

/// <summary>Constructor parameter default values, used when the JSON lacks them.</summary>
public sealed record RetryPolicy(
    int Attempts = 3,
    double Backoff = 1.5,
    BuildStatus Status = BuildStatus.Running,
    string Name = "default \"policy\"",
    long? Limit = null,
    decimal Factor = 2.5m,
    Permissions? Permissions = Shapes.Permissions.Write,
    char Separator = ',',
    float Jitter = -0.25f,
    short Priority = -7,
    Guid Correlation = default);
