namespace ModularPipelines.Distributed.Json.Tests.Shapes;

/// <summary>A constrained generic type with an init-only property: the accessor class repeats the constraint.</summary>
public sealed class Boxed<T>
    where T : struct, IComparable<T>
{
    public T Value { get; init; }

    public T? Maybe { get; set; }
}
