namespace ModularPipelines.Distributed.Json.Tests.Shapes;

/// <summary>A struct whose explicit parameterless constructor sets values: does deserialization run it?</summary>
public struct Counter
{
    public Counter()
    {
        Count = 5;
        Label = "constructed";
    }

    public int Count { get; set; }

    public string? Label { get; set; }
}
