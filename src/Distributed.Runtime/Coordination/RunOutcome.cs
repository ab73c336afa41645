namespace ModularPipelines.Distributed;

/// <summary>How a run ended, as every instance learns it.</summary>
public enum RunOutcome
{
    /// <summary>Every node finished; instances exit 0.</summary>
    Completed,

    /// <summary>The master cancelled the run; running modules are cancelled everywhere.</summary>
    Cancelled,
}
