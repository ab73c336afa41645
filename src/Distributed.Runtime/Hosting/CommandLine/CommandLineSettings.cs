namespace ModularPipelines.Distributed;

/// <summary>The values the command line and the environment gave; <see langword="null"/> where neither did.</summary>
internal sealed record CommandLineSettings
{
    public bool ShowHelp { get; init; }

    /// <summary><c>--graph</c>: print the graph as Mermaid instead of running it.</summary>
    public bool ShowGraph { get; init; }

    /// <summary><c>--dry-run</c>: print what would run where instead of running it.</summary>
    public bool DryRun { get; init; }

    /// <summary><c>--module ID</c>: run these modules and what they depend on.</summary>
    public IReadOnlyList<string> Modules { get; init; } = [];

    /// <summary><c>--category NAME</c>: run the modules of these categories and what they depend on.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary><c>--skip-module ID</c>: leave these modules out.</summary>
    public IReadOnlyList<string> SkippedModules { get; init; } = [];

    /// <summary><c>--set KEY=VALUE</c>: configuration values over appsettings.json and the environment.</summary>
    public IReadOnlyList<KeyValuePair<string, string?>> ConfigurationValues { get; init; } = [];

    public int? InstanceIndex { get; init; }

    public int? TotalInstances { get; init; }

    public string? RedisConfiguration { get; init; }

    public string? RunId { get; init; }

    public IReadOnlyList<string> Capabilities { get; init; } = [];

    public int? Concurrency { get; init; }

    /// <summary><c>--retries N</c>: retries of modules without <see cref="ModuleRetryAttribute"/>.</summary>
    public int? DefaultRetryCount { get; init; }

    /// <summary><c>--workspace DIR</c>: the artifacts' root folder.</summary>
    public string? Workspace { get; init; }

    /// <summary><c>--artifacts STORE</c>: where artifacts cross instances.</summary>
    public string? Artifacts { get; init; }

    /// <summary><c>--report FILE</c>, repeatable: where the run's report goes (Markdown for <c>.md</c>, else JSON).</summary>
    public IReadOnlyList<string> ReportPaths { get; init; } = [];

    /// <summary><c>--report-html FILE</c>: where the run's timeline page goes.</summary>
    public string? ReportHtmlPath { get; init; }

    /// <summary>Whether any report was asked for.</summary>
    public bool WantsReport => ReportPaths.Count > 0 || ReportHtmlPath is not null;

    /// <summary>Writes the given values over <paramref name="options"/>; values not given leave the option as code set it.</summary>
    public void ApplyTo(DistributedOptions options)
    {
        options.InstanceIndex = InstanceIndex ?? options.InstanceIndex;
        options.TotalInstances = TotalInstances ?? options.TotalInstances;
        options.RedisConfiguration = RedisConfiguration ?? options.RedisConfiguration;
        options.RunId = RunId ?? options.RunId;
        options.Concurrency = Concurrency ?? options.Concurrency;
        if (DefaultRetryCount is { } retries)
        {
            // Only when given: setting it marks it as chosen, and a worker that chose nothing follows the master.
            options.DefaultRetryCount = retries;
        }

        options.Workspace = Workspace ?? options.Workspace;
        options.Artifacts = Artifacts ?? options.Artifacts;
        foreach (var capability in Capabilities)
        {
            if (!options.Capabilities.Contains(capability, StringComparer.OrdinalIgnoreCase))
            {
                options.Capabilities.Add(capability);
            }
        }

        if (options.RedisConfiguration is not null)
        {
            options.Enabled = true;
        }
    }
}
