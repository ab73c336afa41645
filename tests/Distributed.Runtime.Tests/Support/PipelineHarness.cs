using System.Globalization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;

namespace ModularPipelines.Distributed.Runtime.Tests.Support;

/// <summary>Builds and runs a pipeline from hand-made graph nodes, without the generator and without the machine's environment.</summary>
internal static class PipelineHarness
{
    /// <summary>A fingerprint shaped like a generated one (a SHA-256 in hex).</summary>
    public const string Fingerprint = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    /// <summary>Not a limit on how long anything takes: only a guard so that a scheduler bug fails a test instead of hanging the run.</summary>
    public static readonly TimeSpan DefaultHangGuard = TimeSpan.FromSeconds(15);

    public static Task<HarnessRun> RunAsync(IReadOnlyList<ModuleDefinition> modules, params string[] args) =>
        RunAsync(modules, args, environment: null);

    public static Task<HarnessRun> RunAsync(
        IReadOnlyList<ModuleDefinition> modules,
        string[] args,
        IReadOnlyDictionary<string, string>? environment = null,
        Action<PipelineBuilder>? configure = null,
        TimeSpan? hangGuard = null,
        CancellationToken cancellationToken = default) =>
        RunAsync([Definition(modules)], args, environment, configure, hangGuard, cancellationToken);

    public static async Task<HarnessRun> RunAsync(
        IReadOnlyList<PipelineDefinition> definitions,
        string[] args,
        IReadOnlyDictionary<string, string>? environment = null,
        Action<PipelineBuilder>? configure = null,
        TimeSpan? hangGuard = null,
        CancellationToken cancellationToken = default)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var builder = PipelineBuilder.Create(args, name => environment?.GetValueOrDefault(name)).UseForTesting(definitions, output, error);
        builder.Logging.ClearProviders();
        configure?.Invoke(builder);
        var pipeline = builder.Build();

        // Task.Run: the guard must hold even if the run blocks its calling thread instead of returning a task.
        var run = await Task.Run(() => pipeline.RunWithResultsAsync(cancellationToken), CancellationToken.None)
            .WaitAsync(hangGuard ?? DefaultHangGuard, CancellationToken.None);
        return new HarnessRun(run, output.ToString(), error.ToString());
    }

    public static PipelineDefinition Definition(IReadOnlyList<ModuleDefinition> modules, string fingerprint = Fingerprint) =>
        new(Node.Namespace, fingerprint, modules, new DefaultJsonTypeInfoResolver());
}
