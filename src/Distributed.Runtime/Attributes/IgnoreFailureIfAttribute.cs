namespace ModularPipelines.Distributed;

/// <summary>
/// Ignores the module's failure when <typeparamref name="TCondition"/> gives a reason: the ModularPipelines
/// <c>ShouldIgnoreFailures</c> override, as a declaration. Once the module failed or timed out after its retries (a
/// cancelled module is not asked about), the instance that ran it asks its conditions in declaration order (a class's
/// own before those it inherits); the first reason wins. The module keeps <see cref="ModuleStatus.Failed"/> (or
/// <see cref="ModuleStatus.TimedOut"/>) and its <see cref="ModuleResult.Error"/>, carries the reason in
/// <see cref="ModuleResult.FailureIgnoredReason"/>, and neither stops its dependents nor fails the run. A condition that
/// throws leaves the failure as it was.
/// </summary>
/// <remarks>
/// The conditions are the <see cref="ISkipCondition"/>s of <see cref="SkipIfAttribute{TCondition}"/>, so the shipped ones
/// apply: <c>[IgnoreFailureIf&lt;OnlyOnCi&gt;]</c> ignores a failure off CI. The generator emits their construction, with
/// constructor arguments from the pipeline's services: no reflection, so it is Native AOT safe.
/// </remarks>
/// <typeparam name="TCondition">A concrete condition with a public or internal constructor.</typeparam>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = true)]
public sealed class IgnoreFailureIfAttribute<TCondition> : Attribute
    where TCondition : ISkipCondition
{
}
