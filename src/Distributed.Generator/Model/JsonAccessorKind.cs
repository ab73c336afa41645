namespace ModularPipelines.Distributed.Generator.Model;

/// <summary>What an accessor reaches.</summary>
internal enum JsonAccessorKind
{
    Setter,
    Constructor,
}
