namespace ModularPipelines.Distributed;

/// <summary>
/// Skips the module unless the run builds <see cref="Branch"/> itself (a push, a schedule, a manual run of it); a pull
/// request is skipped even when its source branch has the same name, since a fork's <c>main</c> is not yours. Derive a
/// condition per branch: <c>public sealed class OnlyOnMain() : OnlyOnBranch("main");</c>, then
/// <c>[SkipIf&lt;OnlyOnMain&gt;]</c>. Branch names are compared exactly, as git does.
/// </summary>
public abstract class OnlyOnBranch : CiCondition
{
    /// <summary>Creates the condition.</summary>
    /// <param name="branch">The branch, without <c>refs/heads/</c>, for example <c>main</c> or <c>release/2.0</c>.</param>
    protected OnlyOnBranch(string branch)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(branch);
        Branch = branch;
    }

    /// <summary>The only branch the module runs on.</summary>
    public string Branch { get; }

    /// <inheritdoc/>
    protected sealed override string? ReasonToSkip(CiEnvironment ci)
    {
        ArgumentNullException.ThrowIfNull(ci);
        return ci.IsPullRequest ? $"runs only on branch {Branch}, and this run builds a pull request (from {ci.Branch ?? "an unknown branch"})"
            : ci.Branch is null ? $"runs only on branch {Branch}, and the branch being built is unknown{(ci.IsCi ? string.Empty : " (not a CI run)")}"
            : !string.Equals(ci.Branch, Branch, StringComparison.Ordinal) ? $"runs only on branch {Branch}, not on {ci.Branch}"
            : null;
    }
}
