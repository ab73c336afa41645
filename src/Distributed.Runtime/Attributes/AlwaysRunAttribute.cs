namespace ModularPipelines.Distributed;

/// <summary>
/// Runs the module once its dependencies have finished, even when they or other modules failed
/// (for example to collect logs or clean up). It still does not run after the run is cancelled.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class AlwaysRunAttribute : Attribute
{
}
