using Microsoft.Extensions.DependencyInjection;
using ModularPipelines.Distributed.Runtime.Tests.Support;

namespace ModularPipelines.Distributed.Runtime.Tests.Skipping;

/// <summary>The conditions the runtime ships, in a run whose environment the test gives (never the machine's).</summary>
public sealed class ShippedConditionTests
{
    private static readonly Dictionary<string, string> Local = [];

    private static readonly Dictionary<string, string> PushToMain = new() { ["GITHUB_ACTIONS"] = "true", ["GITHUB_EVENT_NAME"] = "push", ["GITHUB_REF_NAME"] = "main" };

    private static readonly Dictionary<string, string> PushToFeature = new() { ["GITHUB_ACTIONS"] = "true", ["GITHUB_EVENT_NAME"] = "push", ["GITHUB_REF_NAME"] = "feature/login" };

    private static readonly Dictionary<string, string> PullRequestFromMain = new()
    {
        ["GITHUB_ACTIONS"] = "true",
        ["GITHUB_EVENT_NAME"] = "pull_request",
        ["GITHUB_REF_NAME"] = "42/merge",
        ["GITHUB_HEAD_REF"] = "main",
    };

    [Test]
    public async Task OnlyOnCiSkipsARunOffCi()
    {
        var run = await RunAsync(_ => new OnlyOnCi(), Local);

        Assert.That(run["Subject"].SkipReason, Is.EqualTo("runs only on CI, and no CI service was detected"));
    }

    [Test]
    public async Task OnlyOnCiLetsACiRunRun()
    {
        var run = await RunAsync(_ => new OnlyOnCi(), PushToFeature);

        Assert.That(run["Subject"].Status, Is.EqualTo(ModuleStatus.Succeeded));
    }

    [Test]
    public async Task NotOnPullRequestsSkipsAPullRequestNamingItsBranch()
    {
        var run = await RunAsync(_ => new NotOnPullRequests(), PullRequestFromMain);

        Assert.That(run["Subject"].SkipReason, Is.EqualTo("does not run for pull requests, and this run builds one (from main)"));
    }

    [Test]
    public async Task NotOnPullRequestsLetsAPushRun()
    {
        var run = await RunAsync(_ => new NotOnPullRequests(), PushToFeature);

        Assert.That(run["Subject"].Status, Is.EqualTo(ModuleStatus.Succeeded));
    }

    [Test]
    public async Task OnlyOnBranchLetsItsBranchRun()
    {
        var run = await RunAsync(_ => new OnlyOnMain(), PushToMain);

        Assert.That(run["Subject"].Status, Is.EqualTo(ModuleStatus.Succeeded));
    }

    [Test]
    public async Task OnlyOnBranchSkipsAnotherBranchNamingBoth()
    {
        var run = await RunAsync(_ => new OnlyOnMain(), PushToFeature);

        Assert.That(run["Subject"].SkipReason, Is.EqualTo("runs only on branch main, not on feature/login"));
    }

    [Test]
    public async Task OnlyOnBranchSkipsAPullRequestFromABranchOfTheSameName()
    {
        var run = await RunAsync(_ => new OnlyOnMain(), PullRequestFromMain);

        Assert.That(run["Subject"].SkipReason, Is.EqualTo("runs only on branch main, and this run builds a pull request (from main)"));
    }

    [Test]
    public async Task OnlyOnBranchSkipsARunOffCi()
    {
        var run = await RunAsync(_ => new OnlyOnMain(), Local);

        Assert.That(run["Subject"].SkipReason, Is.EqualTo("runs only on branch main, and the branch being built is unknown (not a CI run)"));
    }

    [Test]
    public async Task OnlyWithEnvironmentVariableLetsTheRunRunWhenItIsSet()
    {
        var run = await RunAsync(_ => new WithNuGetKey(), new() { ["NUGET_API_KEY"] = "secret" });

        Assert.That(run["Subject"].Status, Is.EqualTo(ModuleStatus.Succeeded));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("  ")]
    public async Task OnlyWithEnvironmentVariableSkipsWhenItIsUnsetOrBlank(string? value)
    {
        var environment = value is null ? Local : new Dictionary<string, string> { ["NUGET_API_KEY"] = value };

        var run = await RunAsync(_ => new WithNuGetKey(), environment);

        Assert.That(run["Subject"].SkipReason, Is.EqualTo("runs only when the environment variable NUGET_API_KEY is set"));
    }

    [Test]
    public async Task CiEnvironmentRegisteredOnTheBuilderReplacesTheOneReadFromTheEnvironment()
    {
        var run = await RunAsync(_ => new OnlyOnMain(), PushToFeature, builder => builder.Services.AddSingleton(new CiEnvironment(CiProvider.GitLab, "main", IsPullRequest: false)));

        Assert.That(run["Subject"].Status, Is.EqualTo(ModuleStatus.Succeeded));
    }

    [Test]
    public async Task OwnCiConditionDecidesFromTheRunsCiFacts()
    {
        var run = await RunAsync(_ => new OnlyOnGitLab(), PushToFeature);

        Assert.That(run["Subject"].SkipReason, Is.EqualTo("runs only on GitLab, not on GitHubActions"));
    }

    private static Task<HarnessRun> RunAsync(Func<IServiceProvider, ISkipCondition> condition, Dictionary<string, string> environment, Action<PipelineBuilder>? configure = null) =>
        PipelineHarness.RunAsync([SkippableNode.Probe("Subject", (_, _) => Task.FromResult<string?>("ran"), [condition])], [], environment, configure);

    public sealed class OnlyOnMain() : OnlyOnBranch("main");

    public sealed class WithNuGetKey() : OnlyWithEnvironmentVariable("NUGET_API_KEY");

    public sealed class OnlyOnGitLab : CiCondition
    {
        protected override string? ReasonToSkip(CiEnvironment ci) => ci.Provider == CiProvider.GitLab ? null : $"runs only on GitLab, not on {ci.Provider}";
    }
}
