using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ModularPipelines.Distributed;

/// <summary>Configures a pipeline's services, logging and distribution before <see cref="Build"/>.</summary>
public sealed class PipelineBuilder
{
    private readonly CommandLineParseResult _commandLine;
    private readonly SecretMasker _secrets = new();
    private readonly List<string> _secretSections = [];
    private readonly bool _onGitHubActions;
    private IReadOnlyList<PipelineDefinition>? _definitions;
    private TextWriter _output = Console.Out;
    private TextWriter _error = Console.Error;

    internal PipelineBuilder(string[] args, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(args);
        _commandLine = PipelineCommandLine.Parse(args, environment);
        var gitHub = GitHubActionsSettings.From(environment);
        _onGitHubActions = gitHub.Enabled;
        Configuration = PipelineConfiguration.Create(_commandLine.Settings?.ConfigurationValues ?? []);
        Services = new ServiceCollection();
        Services.AddSingleton<IConfiguration>(Configuration);
        Services.AddSingleton(_secrets);
        Services.AddSingleton(gitHub);
        Services.AddSingleton(new ModuleLogGroups(gitHub.Enabled));
        Services.AddLogging();
        Logging = new PipelineLoggingBuilder(Services);
        Logging.Services.AddSingleton<PipelineConsoleFormatter>();
        Logging.Services.AddSingleton(services => new PipelineConsoleLoggerProvider(services.GetRequiredService<PipelineConsoleFormatter>(), () => Console.Out));
        Logging.Services.AddSingleton<ILoggerProvider>(services => services.GetRequiredService<PipelineConsoleLoggerProvider>());
        Logging.SetMinimumLevel(LogLevel.Information);
        Services.AddOptions<DistributedOptions>();

        // The environment the command line read, for skip conditions too; the CI facts are read once, when first asked for.
        var variables = new EnvironmentVariables(environment);
        Services.AddSingleton(variables);
        Services.AddSingleton(_ => CiEnvironment.Read(variables.Get));
        if (_commandLine.Settings is { } settings)
        {
            // PostConfigure: the command line and environment win over values set in code.
            Services.PostConfigure<DistributedOptions>(settings.ApplyTo);
        }
    }

    /// <summary>Services that module constructors receive.</summary>
    public IServiceCollection Services { get; }

    /// <summary>Logging configuration; console output is set up by default.</summary>
    public ILoggingBuilder Logging { get; }

    /// <summary>
    /// Settings for the pipeline's own code: an optional <c>appsettings.json</c> in the current directory, then
    /// environment variables (<c>Deploy__Target</c> is <c>Deploy:Target</c>), then <c>--set KEY=VALUE</c>; later
    /// sources win. Also a service (<see cref="IConfiguration"/>). Bind options with
    /// <c>Services.Configure&lt;T&gt;(Configuration.GetSection("…"))</c>: the package turns on the configuration binding
    /// source generator, so binding stays Native AOT clean.
    /// </summary>
    public ConfigurationManager Configuration { get; }

    /// <summary>Registers a secret: wherever the pipeline writes text, the value is replaced by <c>***</c>.</summary>
    /// <param name="value">The secret value; blank values are ignored.</param>
    /// <returns>This builder.</returns>
    public PipelineBuilder AddSecret(string value)
    {
        _secrets.Add(value);
        return this;
    }

    /// <summary>
    /// Marks a configuration section secret: every value under it (read when the pipeline is built, from every source)
    /// is replaced by <c>***</c> wherever the pipeline writes text.
    /// </summary>
    /// <param name="sectionKey">The section, for example <c>Credentials</c> or <c>Deploy:Tokens</c>.</param>
    /// <returns>This builder.</returns>
    public PipelineBuilder AddSecretSection(string sectionKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sectionKey);
        _secretSections.Add(sectionKey);
        return this;
    }

    /// <summary>
    /// Sets how this instance takes part in a distributed run (instance, heartbeats, timeouts, …). It does not make the
    /// run distributed by itself: a run is distributed when a coordinator is configured (<c>--redis</c>,
    /// <see cref="AddRedisCoordinator"/> or <see cref="AddDistributedCoordinator{T}"/>), so the same program runs in one
    /// process with <c>dotnet run</c> and over Redis in CI.
    /// </summary>
    /// <param name="configure">Sets option values; the command line and environment override them.</param>
    /// <returns>This builder.</returns>
    public PipelineBuilder AddDistributedMode(Action<DistributedOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        Services.Configure(configure);
        return this;
    }

    /// <summary>
    /// Coordinates the run's instances through Redis, and enables distributed mode. <c>--redis</c> overrides the
    /// configuration string; a run id (<c>--run-id</c> or the CI's run id) is required.
    /// </summary>
    /// <param name="connectionString">A StackExchange.Redis configuration string: endpoints, password, user, ssl, ...</param>
    /// <returns>This builder.</returns>
    public PipelineBuilder AddRedisCoordinator(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        Services.Configure<DistributedOptions>(options =>
        {
            options.Enabled = true;
            options.RedisConfiguration = connectionString;
        });
        return this;
    }

    /// <summary>
    /// Coordinates the run's instances through your own <see cref="IDistributedCoordinator"/>, and enables distributed mode.
    /// </summary>
    /// <typeparam name="T">The coordinator; constructed by dependency injection as a singleton.</typeparam>
    /// <returns>This builder.</returns>
    public PipelineBuilder AddDistributedCoordinator<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] T>()
        where T : class, IDistributedCoordinator
    {
        Services.AddSingleton<IDistributedCoordinator, T>();
        Services.Configure<DistributedOptions>(options => options.Enabled = true);
        return this;
    }

    /// <summary>Builds the pipeline from the module graph the generator emitted.</summary>
    /// <returns>The pipeline, ready to run.</returns>
    public Pipeline Build()
    {
        foreach (var value in _secretSections.SelectMany(section => PipelineConfiguration.ValuesUnder(Configuration, section)))
        {
            _secrets.Add(value);
        }

        if (_onGitHubActions)
        {
            // GitHub masks a value in the rest of the job's log once told so; the announcement itself is not masked.
            foreach (var secret in _secrets.Secrets)
            {
                _output.WriteLine("::add-mask::" + secret);
            }
        }

        return new(Services.BuildServiceProvider(), _commandLine, _definitions ?? PipelineRegistry.Snapshot(),
            new MaskingTextWriter(_output, _secrets), new MaskingTextWriter(_error, _secrets));
    }

    /// <summary>Replaces the generated graph and the console; for the runtime's own tests.</summary>
    internal PipelineBuilder UseForTesting(IReadOnlyList<PipelineDefinition> definitions, TextWriter output, TextWriter error)
    {
        _definitions = definitions;
        _output = output;
        _error = error;
        return this;
    }

    internal static PipelineBuilder Create(string[] args, Func<string, string?> environment) => new(args, environment);
}
