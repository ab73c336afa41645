using ModularPipelines.Distributed.Generator.Tests.Support;

namespace ModularPipelines.Distributed.Generator.Tests.Golden;

public sealed class ConstructorInjectionGoldenTests
{
    private const string Services = """
        namespace Sample.Injection;

        public interface IGitClient { string Head { get; } }

        public interface ICache { }

        public interface IPlugin { }

        public sealed class BuildSettings { public string Configuration { get; init; } = "Release"; }
        """;

    private const string Modules = """
        using Microsoft.Extensions.Logging;

        namespace Sample.Injection;

        public sealed class DeployModule : Module<string>
        {
            private readonly IGitClient _git;
            private readonly BuildSettings _settings;
            private readonly ICache? _cache;
            private readonly IServiceProvider _services;
            private readonly ILogger<DeployModule> _logger;
            private readonly IEnumerable<IPlugin> _plugins;

            // Not chosen: dependency injection picks the accessible constructor with the most parameters.
            public DeployModule(IGitClient git, BuildSettings settings)
                : this(git, settings, null, null!, null!, [])
            {
            }

            public DeployModule(IGitClient git, BuildSettings settings, ICache? cache, IServiceProvider services, ILogger<DeployModule> logger, IEnumerable<IPlugin> plugins)
            {
                _git = git;
                _settings = settings;
                _cache = cache;
                _services = services;
                _logger = logger;
                _plugins = plugins;
            }

            // Never chosen: not accessible to the generated factory.
            private DeployModule(IGitClient git, BuildSettings settings, ICache? cache, IServiceProvider services, ILogger<DeployModule> logger, IEnumerable<IPlugin> plugins, int extra)
                : this(git, settings, cache, services, logger, plugins)
            {
            }

            protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
                Task.FromResult<string?>($"{_git.Head}:{_settings.Configuration}:{_cache is null}:{_services is null}:{_logger is null}:{_plugins is null}");
        }

        internal sealed class InternalModule : Module<int>
        {
            internal InternalModule(IGitClient git) => Git = git;

            public IGitClient Git { get; }

            protected override Task<int> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) => Task.FromResult(Git.Head.Length);
        }
        """;

    [Test]
    public void ConstructorParametersAreResolvedFromTheServiceProvider()
    {
        var run = GeneratorHarness.RunAndAssertCompiles(Services, Modules);

        Assert.That(run.CompactGraph, Does.Contain("GetService<global::Sample.Injection.ICache>(services)"));
        Assert.That(run.CompactGraph, Does.Contain("GetRequiredService<global::Sample.Injection.IGitClient>(services)"));
        GoldenFiles.Verify(GoldenCases.ConstructorInjection, run);
    }
}
