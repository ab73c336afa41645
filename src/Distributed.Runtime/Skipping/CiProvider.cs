namespace ModularPipelines.Distributed;

/// <summary>The CI service a run is on, as <see cref="CiEnvironment"/> detects it.</summary>
public enum CiProvider
{
    /// <summary>Not a CI run: a developer's machine.</summary>
    None,

    /// <summary>GitHub Actions (<c>GITHUB_ACTIONS=true</c>).</summary>
    GitHubActions,

    /// <summary>Azure Pipelines (<c>TF_BUILD=True</c>).</summary>
    AzurePipelines,

    /// <summary>GitLab CI (<c>GITLAB_CI=true</c>).</summary>
    GitLab,

    /// <summary>Another CI service that sets <c>CI=true</c>; its branch and pull request are not known.</summary>
    Other,
}
