using ModularPipelines.Distributed.Analyzers.Tests.Support;
using static ModularPipelines.Distributed.Analyzers.Tests.Support.Modules;

namespace ModularPipelines.Distributed.Analyzers.Tests.Artifacts;

/// <summary>MPD0028: a matrix module's include pattern that does not use {target}, so targets sharing an instance publish each other's files.</summary>
public sealed class MatrixArtifactPatternTests
{
    [Test]
    public Task A_matrix_modules_include_pattern_without_the_target_is_reported_on_that_pattern() =>
        Verify<ArtifactAnalyzer>.DiagnosticsAsync(
            [$$"""
            [MatrixTarget("linux", "windows")]
            [ProducesArtifact("test-results", {|#0:"out/test-results/*.trx"|}, "!out/test-results/*.tmp")]
            public sealed class Tests : Module<string> { {{Execute}} }
            """],
            [Verify<ArtifactAnalyzer>.Diagnostic("MPD0028").WithLocation(0)
                .WithArguments("Tests", "out/test-results/*.trx", "test-results")]);

    [Test]
    public Task Every_include_pattern_without_the_target_is_reported_also_when_the_targets_are_inherited() =>
        Verify<ArtifactAnalyzer>.DiagnosticsAsync($$"""
            [MatrixTarget("linux", "windows")]
            public abstract class OsModule : Module<string> { }

            [ProducesArtifact("logs", "out/{target}/*.log", {|MPD0028:"out/summary.txt"|}, {|MPD0028:"out/coverage/**"|})]
            public sealed class Tests : OsModule { {{Execute}} }
            """);

    [Test]
    public Task Patterns_that_use_the_target_and_exclude_patterns_are_not_reported() =>
        Verify<ArtifactAnalyzer>.DiagnosticsAsync($$"""
            [MatrixTarget("linux", "windows")]
            [ProducesArtifact("test-results", "out/test-results/{target}/**", "!out/test-results/**/*.tmp")]
            public sealed class Tests : Module<string> { {{Execute}} }
            """);

    [Test]
    public Task A_module_without_matrix_targets_is_not_reported() =>
        Verify<ArtifactAnalyzer>.DiagnosticsAsync($$"""
            [ProducesArtifact("bin", "out/bin/**")]
            public sealed class Compile : Module<string> { {{Execute}} }
            """);
}
