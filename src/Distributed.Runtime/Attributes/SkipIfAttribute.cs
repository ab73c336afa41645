namespace ModularPipelines.Distributed;

/// <summary>
/// Skips the module when <typeparamref name="TCondition"/> gives a reason. The instance that runs the module checks its
/// conditions once, before the first attempt, in declaration order (a class's own before those it inherits); the first
/// reason wins and the module is <see cref="ModuleStatus.Skipped"/> with it, while its dependents still run. A condition
/// that throws fails the module with its exception.
/// </summary>
/// <remarks>
/// The generator emits the condition's construction, with constructor arguments from the pipeline's services, exactly
/// as it does for modules: no reflection, so it is Native AOT safe.
/// </remarks>
/// <typeparam name="TCondition">A concrete condition with a public or internal constructor.</typeparam>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = true)]
public sealed class SkipIfAttribute<TCondition> : Attribute
    where TCondition : ISkipCondition
{
}
