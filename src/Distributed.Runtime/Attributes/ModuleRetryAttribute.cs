namespace ModularPipelines.Distributed;

/// <summary>
/// Retries a failed or timed-out module up to <see cref="Retries"/> more times, waiting
/// <see cref="BackoffMilliseconds"/> before the first retry and twice as long before each next one.
/// A module without it gets the run's <see cref="DistributedOptions.DefaultRetryCount"/> (<c>--retries</c>) instead, so
/// <c>[ModuleRetry(0)]</c> says "never retry" whatever the run says. Named so as not to collide with NUnit's <c>[Retry]</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class ModuleRetryAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="retries">How many times to retry after the first attempt.</param>
    public ModuleRetryAttribute(int retries) => Retries = retries;

    /// <summary>How many times to retry after the first attempt.</summary>
    public int Retries { get; }

    /// <summary>The wait before the first retry, in milliseconds; it doubles for each later retry. Default 500.</summary>
    public int BackoffMilliseconds { get; set; } = 500;
}
