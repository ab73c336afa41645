namespace ModularPipelines.Distributed.Json.Tests.Unsupported;

/// <summary>A class deriving from a framework collection: written as an array by System.Text.Json.</summary>
public sealed class CustomList : List<int>
{
    public string Name { get; set; } = string.Empty;
}
