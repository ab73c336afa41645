namespace ModularPipelines.Distributed.Runtime.Tests.Support;

/// <summary>What a test pipeline run produced: the run result and everything written to the two writers.</summary>
internal sealed record HarnessRun(PipelineRunResult Run, string Output, string Error)
{
    public int ExitCode => Run.ExitCode;

    public IReadOnlyList<ModuleResult> Results => Run.Results;

    /// <summary>The result of the node with this display name.</summary>
    public ModuleResult this[string displayName] => Results.Single(r => r.DisplayName == displayName);

    public ModuleResult<T> Typed<T>(string displayName) => (ModuleResult<T>)this[displayName];

    public IReadOnlyList<string> ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
