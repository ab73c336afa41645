namespace ModularPipelines.Distributed;

/// <summary>
/// Cancels an attempt of the module after <see cref="Seconds"/> and marks it <see cref="ModuleStatus.TimedOut"/>
/// (retried if the module has <see cref="ModuleRetryAttribute"/>). Named so as not to collide with NUnit's <c>[Timeout]</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class ModuleTimeoutAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="seconds">The time limit of one attempt, in seconds (fractions allowed); must be positive.</param>
    public ModuleTimeoutAttribute(double seconds) => Seconds = seconds;

    /// <summary>The time limit of one attempt, in seconds.</summary>
    public double Seconds { get; }
}
