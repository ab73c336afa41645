namespace ModularPipelines.Distributed;

/// <summary>
/// Runs the module only on an instance that advertises <see cref="Capability"/> (with <c>--capability</c>).
/// In a single process without the capability, the module is skipped and its dependents still run.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = true)]
public sealed class RequiresCapabilityAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="capability">The capability: letters, digits and <c>. _ : -</c>, compared ignoring case.</param>
    public RequiresCapabilityAttribute(string capability) => Capability = capability;

    /// <summary>The capability required.</summary>
    public string Capability { get; }

    /// <summary>
    /// Whether the module may do without the capability: in a distributed run it is skipped (its dependents still run)
    /// as soon as every instance of <c>--total</c> has joined and none advertises the capability, instead of waiting
    /// <see cref="DistributedOptions.CapabilityTimeoutSeconds"/> and failing. In a single process nothing changes: a
    /// missing capability skips the module either way. Defaults to <see langword="false"/>.
    /// </summary>
    public bool Optional { get; set; }
}
