using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace ModularPipelines.Distributed;

/// <summary>Configures a pipeline's services, logging and distribution before <see cref="Build"/>.</summary>
public sealed class PipelineBuilder
{
    private readonly CommandLineParseResult _commandLine;
    private IReadOnlyList<PipelineDefinition>? _definitions;
    private TextWriter _output = Console.Out;
    private TextWriter _error = Console.Error;

    internal PipelineBuilder(string[] args, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(args);
        _commandLine = PipelineCommandLine.Parse(args, environment);
        Services = new ServiceCollection();
        Services.AddLogging();
        Logging = new PipelineLoggingBuilder(Services);
        Logging.AddConsole(options => options.FormatterName = PipelineConsoleFormatter.FormatterName);
        Logging.Services.AddSingleton<ConsoleFormatter, PipelineConsoleFormatter>();
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
    public Pipeline Build() =>
        new(Services.BuildServiceProvider(), _commandLine, _definitions ?? PipelineRegistry.Snapshot(), _output, _error);

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
