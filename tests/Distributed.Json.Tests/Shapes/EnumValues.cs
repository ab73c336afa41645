namespace ModularPipelines.Distributed.Json.Tests.Shapes;

/// <summary>Enums are written as their numbers (System.Text.Json's default), whatever the underlying type.</summary>
public sealed record EnumValues(BuildStatus Status, Permissions Permissions, Region Region, BuildStatus? Previous);
