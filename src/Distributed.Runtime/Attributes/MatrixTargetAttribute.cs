namespace ModularPipelines.Distributed;

/// <summary>
/// Expands the module into one graph node per target, <c>Type[target]</c>. Each instance requires the
/// capability named by its target, so on a distributed run it is routed to an instance that advertises it
/// (the OS names <c>linux</c>, <c>windows</c> and <c>macos</c> are advertised automatically); in a single
/// process, instances whose target this machine lacks are skipped. An instance's target is always required, even when
/// the module also declares it with <see cref="RequiresCapabilityAttribute.Optional"/>: for a target a run may lack,
/// declare a module per target with an optional <see cref="RequiresCapabilityAttribute"/> instead.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class MatrixTargetAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="targets">The targets, at least one, distinct ignoring case.</param>
    public MatrixTargetAttribute(params string[] targets) => Targets = targets;

    /// <summary>The matrix targets, in declaration order.</summary>
    public IReadOnlyList<string> Targets { get; }
}
