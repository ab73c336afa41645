namespace ModularPipelines.Distributed;

/// <summary>
/// The non-generic root of every module. Derive from <see cref="Module{T}"/>, never from this class:
/// its constructor is closed so that the generator can rely on every module having a result type.
/// </summary>
public abstract class ModuleBase
{
    private protected ModuleBase()
    {
    }
}
