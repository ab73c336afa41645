namespace ModularPipelines.Distributed;

/// <summary>What a finished run produced: every node's result and the process exit code.</summary>
/// <param name="ExitCode">See <see cref="PipelineExitCode"/>.</param>
/// <param name="Results">Every node's result, in graph order; empty when the run could not start.</param>
public sealed record PipelineRunResult(int ExitCode, IReadOnlyList<ModuleResult> Results)
{
    /// <summary>The last lines modules on other instances logged, by display name, for the summary's failure texts.</summary>
    internal IReadOnlyDictionary<string, IReadOnlyList<string>> ForwardedTails { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
}
