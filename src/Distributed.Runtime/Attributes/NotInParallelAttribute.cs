namespace ModularPipelines.Distributed;

/// <summary>
/// Never runs the module at the same time as another module that holds one of the same keys, on any
/// instance of the run. Without keys, the module's own id is the key: its matrix instances run one at a time.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class NotInParallelAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="keys">The exclusion keys; modules sharing any key never overlap.</param>
    public NotInParallelAttribute(params string[] keys) => Keys = keys;

    /// <summary>The exclusion keys.</summary>
    public IReadOnlyList<string> Keys { get; }
}
