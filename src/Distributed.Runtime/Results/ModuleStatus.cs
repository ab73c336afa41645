namespace ModularPipelines.Distributed;

/// <summary>How a module's run ended.</summary>
public enum ModuleStatus
{
    /// <summary>The module ran and returned a value.</summary>
    Succeeded,

    /// <summary>The module threw on its last attempt.</summary>
    Failed,

    /// <summary>The module did not run; <see cref="ModuleResult.SkipReason"/> says why. Skipping is not failure.</summary>
    Skipped,

    /// <summary>The module exceeded its <see cref="ModuleTimeoutAttribute"/> on its last attempt.</summary>
    TimedOut,

    /// <summary>The run was cancelled before the module finished.</summary>
    Cancelled,
}
