namespace ModularPipelines.Distributed;

/// <summary>
/// Finds the run id that namespaces one run's coordination keys. Every instance of one CI run must derive the
/// same id, so there is deliberately no random fallback: without one, distributed mode refuses to start.
/// </summary>
internal static class RunIdResolver
{
    public static string? FromEnvironment(Func<string, string?> environment)
    {
        if (Value(environment, "MODULAR_PIPELINES_RUN_ID") is { } explicitId)
        {
            return explicitId;
        }

        if (Value(environment, "GITHUB_RUN_ID") is { } githubRun)
        {
            return $"{githubRun}-{Value(environment, "GITHUB_RUN_ATTEMPT") ?? "1"}";
        }

        return Value(environment, "CI_PIPELINE_ID") ?? Value(environment, "BUILD_BUILDID") ?? Value(environment, "BUILDKITE_BUILD_ID");
    }

    private static string? Value(Func<string, string?> environment, string name) =>
        environment(name) is { Length: > 0 } value ? value.Trim() : null;
}
