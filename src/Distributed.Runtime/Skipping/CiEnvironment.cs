namespace ModularPipelines.Distributed;

/// <summary>
/// What the CI service says about this run: which service it is, the branch being built, and whether it builds a pull
/// (or merge) request. The pipeline reads it from the environment once, when a skip condition or a module first asks
/// for it from the services; register your own instance in <see cref="PipelineBuilder.Services"/> to replace it.
/// </summary>
/// <param name="Provider">The CI service, or <see cref="CiProvider.None"/> off CI.</param>
/// <param name="Branch">
/// The branch being built, without <c>refs/heads/</c>; for a pull request, its source branch. Null when unknown (off CI,
/// a tag build, or a service that does not say).
/// </param>
/// <param name="IsPullRequest">Whether the run builds a pull request (GitLab: a merge request).</param>
public sealed record CiEnvironment(CiProvider Provider, string? Branch, bool IsPullRequest)
{
    private const string HeadsPrefix = "refs/heads/";

    /// <summary>A run on a developer's machine: no CI, no branch, no pull request.</summary>
    public static CiEnvironment Local { get; } = new(CiProvider.None, null, false);

    /// <summary>Whether the run is on a CI service.</summary>
    public bool IsCi => Provider != CiProvider.None;

    /// <summary>
    /// Reads the CI facts from environment variables: GitHub Actions (<c>GITHUB_ACTIONS</c>, <c>GITHUB_EVENT_NAME</c>,
    /// <c>GITHUB_HEAD_REF</c>, <c>GITHUB_REF_NAME</c>), Azure Pipelines (<c>TF_BUILD</c>, <c>BUILD_REASON</c>,
    /// <c>SYSTEM_PULLREQUEST_*</c>, <c>BUILD_SOURCEBRANCH</c>, <c>BUILD_SOURCEBRANCHNAME</c>), GitLab CI
    /// (<c>GITLAB_CI</c>, <c>CI_MERGE_REQUEST_IID</c>, <c>CI_MERGE_REQUEST_SOURCE_BRANCH_NAME</c>,
    /// <c>CI_COMMIT_REF_NAME</c>), then any service that sets <c>CI=true</c>.
    /// </summary>
    /// <param name="environment">Returns a variable's value, or null when it is unset (<c>Environment.GetEnvironmentVariable</c>).</param>
    /// <returns>The facts; <see cref="Local"/> when no CI service is detected.</returns>
    public static CiEnvironment Read(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        string? Value(string name) => environment(name) is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
        bool IsTrue(string name) => Value(name) is { } value && (value.Equals("true", StringComparison.OrdinalIgnoreCase) || value == "1");

        if (IsTrue("GITHUB_ACTIONS"))
        {
            // A pull request's GITHUB_REF_NAME is "<number>/merge"; its own branch is GITHUB_HEAD_REF.
            var isPullRequest = Value("GITHUB_EVENT_NAME") is "pull_request" or "pull_request_target";
            return new(CiProvider.GitHubActions, isPullRequest ? Value("GITHUB_HEAD_REF") : Value("GITHUB_REF_NAME"), isPullRequest);
        }

        if (IsTrue("TF_BUILD"))
        {
            var isPullRequest = string.Equals(Value("BUILD_REASON"), "PullRequest", StringComparison.OrdinalIgnoreCase)
                || Value("SYSTEM_PULLREQUEST_PULLREQUESTID") is not null;
            // BUILD_SOURCEBRANCHNAME is only the last segment ("x" for feature/x): the full ref is preferred.
            var branch = isPullRequest
                ? WithoutHeadsPrefix(Value("SYSTEM_PULLREQUEST_SOURCEBRANCH"))
                : Value("BUILD_SOURCEBRANCH") is { } sourceRef ? WithoutHeadsPrefix(sourceRef) : Value("BUILD_SOURCEBRANCHNAME");
            return new(CiProvider.AzurePipelines, branch, isPullRequest);
        }

        if (IsTrue("GITLAB_CI"))
        {
            var isMergeRequest = Value("CI_MERGE_REQUEST_IID") is not null;
            var branch = isMergeRequest ? Value("CI_MERGE_REQUEST_SOURCE_BRANCH_NAME") ?? Value("CI_COMMIT_REF_NAME") : Value("CI_COMMIT_REF_NAME");
            return new(CiProvider.GitLab, branch, isMergeRequest);
        }

        return IsTrue("CI") ? new(CiProvider.Other, null, false) : Local;
    }

    /// <summary>The branch of a <c>refs/heads/…</c> ref; null for any other ref (a tag, a pull request's merge ref).</summary>
    private static string? WithoutHeadsPrefix(string? reference) =>
        reference is null ? null
        : reference.StartsWith(HeadsPrefix, StringComparison.Ordinal) ? reference[HeadsPrefix.Length..]
        : reference.StartsWith("refs/", StringComparison.Ordinal) ? null
        : reference;
}
