namespace ModularPipelines.Distributed;

/// <summary>
/// Skips the module when the run builds a pull request (on GitLab, a merge request): for modules that need secrets a
/// pull request does not get, or that must not publish unreviewed code. Use it as <c>[SkipIf&lt;NotOnPullRequests&gt;]</c>.
/// </summary>
public sealed class NotOnPullRequests : CiCondition
{
    /// <inheritdoc/>
    protected override string? ReasonToSkip(CiEnvironment ci)
    {
        ArgumentNullException.ThrowIfNull(ci);
        return ci.IsPullRequest ? $"does not run for pull requests, and this run builds one (from {ci.Branch ?? "an unknown branch"})" : null;
    }
}
