namespace ModularPipelines.Distributed;

/// <summary>How one graph node's run ended, with its typed value.</summary>
/// <typeparam name="T">The module's result type.</typeparam>
public sealed class ModuleResult<T> : ModuleResult
{
    /// <summary>The value the module returned; <see langword="default"/> unless <see cref="ModuleResult.Status"/> is Succeeded.</summary>
    public T? Value { get; init; }
}
