namespace ModularPipelines.Distributed.Json.Tests.Shapes;

/// <summary>A public parameterless constructor wins over a parameterized one.</summary>
public sealed class TwoConstructors
{
    public TwoConstructors() => Source = "parameterless";

    public TwoConstructors(string name)
    {
        Name = name;
        Source = "parameterized";
    }

    public string? Name { get; set; }

    public string Source { get; set; }
}
