namespace ModularPipelines.Distributed.Json.Tests.Shapes;

/// <summary>Property names that are C# keywords.</summary>
public sealed class KeywordNames
{
#pragma warning disable IDE1006 // The point of the type is lower-case keyword names.
    public int @class { get; set; }

    public string? @event { get; init; }
#pragma warning restore IDE1006
}
