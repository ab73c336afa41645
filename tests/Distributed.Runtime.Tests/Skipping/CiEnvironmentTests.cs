namespace ModularPipelines.Distributed.Runtime.Tests.Skipping;

/// <summary>The CI facts read from a given environment: never the test machine's own.</summary>
public sealed class CiEnvironmentTests
{
    [Test]
    public void NoCiVariablesIsALocalRun()
    {
        var ci = Read([]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ci, Is.EqualTo(CiEnvironment.Local));
            Assert.That(ci.IsCi, Is.False);
        }
    }

    [Test]
    public void GitHubActionsPushBuildsTheBranchInGitHubRefName()
    {
        var ci = Read(new() { ["GITHUB_ACTIONS"] = "true", ["GITHUB_EVENT_NAME"] = "push", ["GITHUB_REF_NAME"] = "release/2.0" });

        Assert.That(ci, Is.EqualTo(new CiEnvironment(CiProvider.GitHubActions, "release/2.0", IsPullRequest: false)));
    }

    [TestCase("pull_request")]
    [TestCase("pull_request_target")]
    public void GitHubActionsPullRequestBuildsItsHeadBranch(string eventName)
    {
        var ci = Read(new() { ["GITHUB_ACTIONS"] = "true", ["GITHUB_EVENT_NAME"] = eventName, ["GITHUB_REF_NAME"] = "42/merge", ["GITHUB_HEAD_REF"] = "feature/login" });

        Assert.That(ci, Is.EqualTo(new CiEnvironment(CiProvider.GitHubActions, "feature/login", IsPullRequest: true)));
    }

    [Test]
    public void GitHubActionsSetToFalseIsNotACiRun()
    {
        Assert.That(Read(new() { ["GITHUB_ACTIONS"] = "false", ["GITHUB_REF_NAME"] = "main" }).IsCi, Is.False);
    }

    [Test]
    public void AzurePipelinesBuildReadsTheWholeBranchFromItsSourceRef()
    {
        var ci = Read(new() { ["TF_BUILD"] = "True", ["BUILD_REASON"] = "IndividualCI", ["BUILD_SOURCEBRANCH"] = "refs/heads/feature/login", ["BUILD_SOURCEBRANCHNAME"] = "login" });

        Assert.That(ci, Is.EqualTo(new CiEnvironment(CiProvider.AzurePipelines, "feature/login", IsPullRequest: false)));
    }

    [Test]
    public void AzurePipelinesWithoutTheSourceRefFallsBackToTheBranchName()
    {
        var ci = Read(new() { ["TF_BUILD"] = "True", ["BUILD_SOURCEBRANCHNAME"] = "main" });

        Assert.That(ci.Branch, Is.EqualTo("main"));
    }

    [Test]
    public void AzurePipelinesTagBuildHasNoBranch()
    {
        var ci = Read(new() { ["TF_BUILD"] = "True", ["BUILD_SOURCEBRANCH"] = "refs/tags/v1.0", ["BUILD_SOURCEBRANCHNAME"] = "v1.0" });

        Assert.That(ci, Is.EqualTo(new CiEnvironment(CiProvider.AzurePipelines, null, IsPullRequest: false)));
    }

    [Test]
    public void AzurePipelinesPullRequestBuildsItsSourceBranch()
    {
        var ci = Read(new()
        {
            ["TF_BUILD"] = "True",
            ["BUILD_REASON"] = "PullRequest",
            ["BUILD_SOURCEBRANCH"] = "refs/pull/42/merge",
            ["SYSTEM_PULLREQUEST_SOURCEBRANCH"] = "refs/heads/feature/login",
            ["SYSTEM_PULLREQUEST_PULLREQUESTID"] = "42",
        });

        Assert.That(ci, Is.EqualTo(new CiEnvironment(CiProvider.AzurePipelines, "feature/login", IsPullRequest: true)));
    }

    [Test]
    public void AzurePipelinesPullRequestIdAloneMarksAPullRequest()
    {
        var ci = Read(new() { ["TF_BUILD"] = "True", ["SYSTEM_PULLREQUEST_PULLREQUESTID"] = "42", ["SYSTEM_PULLREQUEST_SOURCEBRANCH"] = "feature/login" });

        Assert.That(ci, Is.EqualTo(new CiEnvironment(CiProvider.AzurePipelines, "feature/login", IsPullRequest: true)));
    }

    [Test]
    public void GitLabBranchPipelineBuildsItsCommitRef()
    {
        var ci = Read(new() { ["GITLAB_CI"] = "true", ["CI"] = "true", ["CI_COMMIT_REF_NAME"] = "main" });

        Assert.That(ci, Is.EqualTo(new CiEnvironment(CiProvider.GitLab, "main", IsPullRequest: false)));
    }

    [Test]
    public void GitLabMergeRequestPipelineBuildsItsSourceBranch()
    {
        var ci = Read(new()
        {
            ["GITLAB_CI"] = "true",
            ["CI_MERGE_REQUEST_IID"] = "7",
            ["CI_MERGE_REQUEST_SOURCE_BRANCH_NAME"] = "feature/login",
            ["CI_COMMIT_REF_NAME"] = "feature/login-ref",
        });

        Assert.That(ci, Is.EqualTo(new CiEnvironment(CiProvider.GitLab, "feature/login", IsPullRequest: true)));
    }

    [Test]
    public void AnotherServiceSettingCiIsACiRunWithoutABranch()
    {
        Assert.That(Read(new() { ["CI"] = "1" }), Is.EqualTo(new CiEnvironment(CiProvider.Other, null, IsPullRequest: false)));
    }

    [Test]
    public void BlankValuesCountAsUnset()
    {
        var ci = Read(new() { ["GITHUB_ACTIONS"] = "true", ["GITHUB_EVENT_NAME"] = "pull_request", ["GITHUB_HEAD_REF"] = "  " });

        Assert.That(ci, Is.EqualTo(new CiEnvironment(CiProvider.GitHubActions, null, IsPullRequest: true)));
    }

    private static CiEnvironment Read(Dictionary<string, string> variables) => CiEnvironment.Read(name => variables.GetValueOrDefault(name));
}
