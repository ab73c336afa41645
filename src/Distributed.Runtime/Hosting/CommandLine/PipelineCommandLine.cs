using System.Globalization;

namespace ModularPipelines.Distributed;

/// <summary>
/// Reads the pipeline's options from the command line, falling back to environment variables. Hand-written
/// rather than built on a parser library: per-option environment fallbacks and one-line errors are most of the
/// work, and start-up time matters for a Native AOT binary.
/// </summary>
internal static class PipelineCommandLine
{
    public const string HelpText = """
        Usage: <pipeline> [options]

        Runs the pipeline's modules. Without --redis every module runs in this process.

        Options (environment variable in brackets; the command line wins):
          --instance N         This instance: 0 = master, 1..N-1 = workers [MODULAR_PIPELINES_INSTANCE]
          --total N            Instances expected in the run [MODULAR_PIPELINES_TOTAL]
          --redis CONFIG       StackExchange.Redis configuration string; absent = single process
                               [MODULAR_PIPELINES_REDIS, then REDIS_URL]
          --run-id ID          Namespaces one run's keys; required with --redis
                               [MODULAR_PIPELINES_RUN_ID, then GITHUB_RUN_ID-GITHUB_RUN_ATTEMPT,
                               CI_PIPELINE_ID, BUILD_BUILDID, BUILDKITE_BUILD_ID]
          --capability NAME    A capability this instance advertises; repeatable. The OS name
                               (linux, windows, macos) is added automatically
                               [MODULAR_PIPELINES_CAPABILITIES, comma-separated]
          --concurrency N      Module slots on this instance (default: processor count)
          --retries N          Retries of a failed module without [ModuleRetry], 500 ms backoff doubling;
                               0 to 100 (default 0). A worker uses the master's [MODULAR_PIPELINES_RETRIES]
          --workspace DIR      The folder artifact paths are relative to; nothing is read or written outside
                               it (default: the current directory) [MODULAR_PIPELINES_WORKSPACE]
          --artifacts STORE    Where artifacts cross instances: redis (the default with --redis),
                               file:///path (a folder every instance shares) or s3://bucket/prefix;
                               in one process files stay in place [MODULAR_PIPELINES_ARTIFACTS]
          --module ID          Run only this module and what it depends on (an id, a name, or a matrix
                               module for all its targets); repeatable
          --category NAME      Run only the modules of this [Category] and what they depend on; repeatable
          --skip-module ID     Leave this module out (it shows as Skipped); repeatable
          --set KEY=VALUE      A configuration value (Section:Key=value), over appsettings.json and the
                               environment; repeatable
          --report FILE        When the run ends, write what happened as JSON: every module, instance and time
                               (Markdown with a Mermaid timeline when FILE ends in .md); repeatable. Written by
                               the master (instance 0) or the single process, not by workers
          --report-html FILE   When the run ends, write its timeline (a lane per instance slot) as one
                               self-contained HTML page; written like --report
          --graph              Print the generated graph as Mermaid and exit without running anything
          --dry-run            Print what would run where, for this instance and its capabilities, and exit
          -h, --help           Show this help

        Both "--instance 0" and "--instance=0" are accepted.
        Exit codes: 0 pipeline succeeded, 1 a module failed, 2 bad options or graph, 3 a worker lost its master,
        4 Redis unreachable past the heartbeat timeout or the run's state gone from it, 130 cancelled.
        """;

    public static CommandLineParseResult Parse(IReadOnlyList<string> args, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(environment);
        var given = new Dictionary<string, string>(StringComparer.Ordinal);
        var capabilities = new List<string>();
        var configurationValues = new List<KeyValuePair<string, string?>>();
        var selection = new Dictionary<string, List<string>>(StringComparer.Ordinal) { ["--module"] = [], ["--category"] = [], ["--skip-module"] = [] };
        var reports = new List<string>();
        var flags = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "-h" or "--help" or "-?")
            {
                return CommandLineParseResult.Success(new CommandLineSettings { ShowHelp = true });
            }

            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                return CommandLineParseResult.Failure($"unexpected argument '{arg}': options start with '--'; run with --help to list them");
            }

            var separator = arg.IndexOf('=', StringComparison.Ordinal);
            var name = separator < 0 ? arg : arg[..separator];
            if (name is "--graph" or "--dry-run")
            {
                if (separator >= 0)
                {
                    return CommandLineParseResult.Failure($"option '{name}' takes no value: write '{name}' alone");
                }

                if (!flags.Add(name))
                {
                    return CommandLineParseResult.Failure($"option '{name}' is given twice: give it once");
                }

                continue;
            }

            if (name is not ("--instance" or "--total" or "--redis" or "--run-id" or "--capability" or "--concurrency" or "--retries" or "--workspace" or "--artifacts" or "--set" or "--module" or "--category" or "--skip-module" or "--report" or "--report-html"))
            {
                return CommandLineParseResult.Failure($"unknown option '{name}': run with --help to list the options");
            }

            string value;
            if (separator >= 0)
            {
                value = arg[(separator + 1)..];
            }
            else if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                value = args[++i];
            }
            else
            {
                return CommandLineParseResult.Failure($"option '{name}' needs a value, for example '{name} {Example(name)}'");
            }

            if (name == "--capability")
            {
                capabilities.Add(value);
            }
            else if (selection.TryGetValue(name, out var chosen))
            {
                chosen.Add(value);
            }
            else if (name == "--set")
            {
                var equals = value.IndexOf('=', StringComparison.Ordinal);
                if (equals <= 0)
                {
                    return CommandLineParseResult.Failure($"--set '{value}' is not KEY=VALUE: write it like '--set Deploy:Environment=staging'");
                }

                configurationValues.Add(new KeyValuePair<string, string?>(value[..equals], value[(equals + 1)..]));
            }
            else if (name == "--report")
            {
                if (reports.Contains(value, StringComparer.Ordinal))
                {
                    return CommandLineParseResult.Failure($"--report '{value}' is given twice: give each file once");
                }

                reports.Add(value);
            }
            else if (!given.TryAdd(name, value))
            {
                return CommandLineParseResult.Failure($"option '{name}' is given twice: give it once");
            }
        }

        if (flags.Count == 2)
        {
            return CommandLineParseResult.Failure("--graph and --dry-run print different things: give one of them");
        }

        if (ReportError(reports, given.GetValueOrDefault("--report-html"), flags) is { } reportError)
        {
            return CommandLineParseResult.Failure(reportError);
        }

        var result = Resolve(given, capabilities, environment);
        return result.Settings is { } settings
            ? CommandLineParseResult.Success(settings with
            {
                ShowGraph = flags.Contains("--graph"),
                DryRun = flags.Contains("--dry-run"),
                ConfigurationValues = configurationValues,
                Modules = selection["--module"],
                Categories = selection["--category"],
                SkippedModules = selection["--skip-module"],
                ReportPaths = reports,
                ReportHtmlPath = given.GetValueOrDefault("--report-html"),
            })
            : result;
    }

    private static CommandLineParseResult Resolve(Dictionary<string, string> given, List<string> capabilities, Func<string, string?> environment)
    {
        string? error = null;
        var instance = ReadInt(given, "--instance", "MODULAR_PIPELINES_INSTANCE", 0, environment, ref error);
        var total = ReadInt(given, "--total", "MODULAR_PIPELINES_TOTAL", 1, environment, ref error);
        var concurrency = ReadInt(given, "--concurrency", environmentName: null, 1, environment, ref error);
        var retries = ReadInt(given, "--retries", "MODULAR_PIPELINES_RETRIES", 0, environment, ref error);
        if (error is not null)
        {
            return CommandLineParseResult.Failure(error);
        }

        if (capabilities.Count == 0 && Present(environment("MODULAR_PIPELINES_CAPABILITIES")) is { } fromEnvironment)
        {
            capabilities.AddRange(fromEnvironment.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }

        foreach (var capability in capabilities)
        {
            if (!CapabilityName.IsValid(capability))
            {
                return CommandLineParseResult.Failure(
                    $"capability '{capability}' is not valid: use letters, digits and . _ : - only, for example 'docker' or 'gpu:cuda12'");
            }
        }

        if (instance is { } index && total is { } count && index >= count)
        {
            return CommandLineParseResult.Failure($"--instance {index} is out of range for --total {count}: use 0 to {count - 1}");
        }

        var redis = given.GetValueOrDefault("--redis") ?? Present(environment("MODULAR_PIPELINES_REDIS")) ?? Present(environment("REDIS_URL"));
        if (redis is not null && string.IsNullOrWhiteSpace(redis))
        {
            return CommandLineParseResult.Failure("--redis is empty: give a StackExchange.Redis configuration string such as 'localhost:6379'");
        }

        return CommandLineParseResult.Success(new CommandLineSettings
        {
            InstanceIndex = instance,
            TotalInstances = total,
            Concurrency = concurrency,
            DefaultRetryCount = retries,
            RedisConfiguration = redis,
            RunId = given.GetValueOrDefault("--run-id") ?? RunIdResolver.FromEnvironment(environment),
            Capabilities = capabilities,
            Workspace = given.GetValueOrDefault("--workspace") ?? Present(environment("MODULAR_PIPELINES_WORKSPACE")),
            Artifacts = given.GetValueOrDefault("--artifacts") ?? Present(environment("MODULAR_PIPELINES_ARTIFACTS")),
        });
    }

    /// <summary>What is wrong with the report options, or null: a blank path, or a report of a run that does not happen.</summary>
    private static string? ReportError(List<string> reports, string? html, HashSet<string> flags)
    {
        var blank = reports.Any(string.IsNullOrWhiteSpace) ? "--report" : html is not null && string.IsNullOrWhiteSpace(html) ? "--report-html" : null;
        if (blank is not null)
        {
            return $"{blank} is empty: give a file path such as '{Example(blank)}'";
        }

        if (flags.Count > 0 && (reports.Count > 0 || html is not null))
        {
            return $"{(reports.Count > 0 ? "--report" : "--report-html")} records a run, and {flags.Single()} runs nothing: give one of them";
        }

        return null;
    }

    private static int? ReadInt(
        Dictionary<string, string> given,
        string optionName,
        string? environmentName,
        int minimum,
        Func<string, string?> environment,
        ref string? error)
    {
        string source;
        string? text;
        if (given.TryGetValue(optionName, out var value))
        {
            (source, text) = (optionName, value);
        }
        else if (environmentName is not null && Present(environment(environmentName)) is { } fromEnvironment)
        {
            (source, text) = ($"{environmentName} (for {optionName})", fromEnvironment);
        }
        else
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= minimum)
        {
            return number;
        }

        error ??= $"{source} must be a whole number of at least {minimum}, not '{text}'";
        return null;
    }

    private static string? Present(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static string Example(string optionName) => optionName switch
    {
        "--instance" => "0",
        "--total" => "4",
        "--retries" => "2",
        "--redis" => "localhost:6379",
        "--run-id" => "1234-1",
        "--capability" => "docker",
        "--set" => "Deploy:Environment=staging",
        "--module" or "--skip-module" => "BuildModule",
        "--category" => "tests",
        "--report" => "artifacts/run.json",
        "--report-html" => "artifacts/run.html",
        "--workspace" => "/work/repo",
        "--artifacts" => "file:///mnt/ci-artifacts",
        _ => "4",
    };
}
