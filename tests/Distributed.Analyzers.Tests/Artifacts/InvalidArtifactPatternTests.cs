using ModularPipelines.Distributed.Analyzers.Tests.Support;
using static ModularPipelines.Distributed.Analyzers.Tests.Support.Modules;

namespace ModularPipelines.Distributed.Analyzers.Tests.Artifacts;

/// <summary>MPD0025: a pattern the runtime's ArtifactSyntax.PatternProblem refuses, or an artifact with no include pattern.</summary>
public sealed class InvalidArtifactPatternTests
{
    private const string NoInclude =
        "has no pattern that includes files, so it would publish nothing: add one, for example \"out/bin/**\" (a pattern starting with '!' only excludes)";

    [Test]
    public Task A_pattern_that_climbs_out_of_the_workspace_is_reported_on_that_pattern() =>
        Verify<ArtifactAnalyzer>.DiagnosticsAsync(
            [$$"""
            [ProducesArtifact("bin", "out/bin/**", {|#0:"../secrets/**"|})]
            public sealed class Compile : Module<string> { {{Execute}} }
            """],
            [Verify<ArtifactAnalyzer>.Diagnostic("MPD0025").WithLocation(0)
                .WithArguments("bin", "Compile", "has a pattern '../secrets/**' that climbs out of the workspace with '..'")]);

    [Test]
    public Task An_absolute_pattern_is_reported_with_the_runtimes_reason() =>
        Verify<ArtifactAnalyzer>.DiagnosticsAsync(
            [$$"""
            [ProducesArtifact("bin", {|#0:"/tmp/out/**"|})]
            public sealed class Compile : Module<string> { {{Execute}} }
            """],
            [Verify<ArtifactAnalyzer>.Diagnostic("MPD0025").WithLocation(0)
                .WithArguments("bin", "Compile", "has a pattern '/tmp/out/**' that is absolute: patterns are relative to the workspace root")]);

    [Test]
    public Task Blank_absolute_and_climbing_patterns_are_reported_in_every_way_of_writing_the_array() =>
        Verify<ArtifactAnalyzer>.DiagnosticsAsync($$"""
            [ProducesArtifact("a", "out/**", {|MPD0025:""|}, {|MPD0025:"C:/out/**"|})]
            [ProducesArtifact("b", new[] { "out/**", {|MPD0025:"out/../../x"|} })]
            [ProducesArtifact("c", ["out/**", {|MPD0025:"!"|}, {|MPD0025:"~/out"|}, {|MPD0025:"out\\..\\..\\x"|}])]
            public sealed class Compile : Module<string> { {{Execute}} }
            """);

    [Test]
    public Task The_target_placeholder_in_a_module_without_matrix_targets_is_reported_on_that_pattern() =>
        Verify<ArtifactAnalyzer>.DiagnosticsAsync(
            [$$"""
            [ProducesArtifact("results", {|#0:"out/results/{target}/**"|})]
            public sealed class Tests : Module<string> { {{Execute}} }
            """],
            [Verify<ArtifactAnalyzer>.Diagnostic("MPD0025").WithLocation(0)
                .WithArguments("results", "Tests", "has a pattern 'out/results/{target}/**' that uses {target}, which only a module with [MatrixTarget] has: write the path, or add the matrix targets")]);

    [Test]
    public Task An_artifact_without_patterns_is_reported_on_the_attribute() =>
        Verify<ArtifactAnalyzer>.DiagnosticsAsync(
            [$$"""
            [{|#0:ProducesArtifact("bin")|}]
            public sealed class Compile : Module<string> { {{Execute}} }
            """],
            [Verify<ArtifactAnalyzer>.Diagnostic("MPD0025").WithLocation(0).WithArguments("bin", "Compile", NoInclude)]);

    [Test]
    public Task An_artifact_with_only_exclude_patterns_is_reported_on_the_attribute() =>
        Verify<ArtifactAnalyzer>.DiagnosticsAsync(
            [$$"""
            [{|#0:ProducesArtifact("bin", "!out/bin/**/*.pdb", "!out/bin/**/*.xml")|}]
            public sealed class Compile : Module<string> { {{Execute}} }
            """],
            [Verify<ArtifactAnalyzer>.Diagnostic("MPD0025").WithLocation(0).WithArguments("bin", "Compile", NoInclude)]);

    [Test]
    public Task Relative_includes_and_excludes_are_not_reported() =>
        Verify<ArtifactAnalyzer>.DiagnosticsAsync($$"""
            [ProducesArtifact("bin", "out/bin/**", "!out/bin/**/*.pdb")]
            [ProducesArtifact("docs", "docs/*.md", "./README.md", "out/a..b/*")]
            public sealed class Compile : Module<string> { {{Execute}} }
            """);
}
