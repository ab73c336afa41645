namespace ModularPipelines.Distributed.Json.Tests.Shapes;

/// <summary>Nullable value types, present or absent.</summary>
public sealed record NullableValues(
    int? Count,
    double? Ratio,
    decimal? Price,
    bool? Enabled,
    char? Initial,
    Guid? Id,
    DateTime? Started,
    DateTimeOffset? Finished,
    TimeSpan? Timeout,
    Permissions? Permissions);
