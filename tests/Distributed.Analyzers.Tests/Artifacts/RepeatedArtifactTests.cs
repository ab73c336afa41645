using ModularPipelines.Distributed.Analyzers.Tests.Support;
using static ModularPipelines.Distributed.Analyzers.Tests.Support.Modules;

namespace ModularPipelines.Distributed.Analyzers.Tests.Artifacts;

/// <summary>MPD0024: the same artifact name produced twice by one module, ignoring case, also through inheritance.</summary>
public sealed class RepeatedArtifactTests
{
    [Test]
    public Task A_name_produced_twice_is_reported_on_the_repeat() =>
        Verify<ArtifactAnalyzer>.DiagnosticsAsync(
            [$$"""
            [ProducesArtifact("bin", "out/bin/**")]
            [{|#0:ProducesArtifact("bin", "out/other/**")|}]
            public sealed class Compile : Module<string> { {{Execute}} }
            """],
            [Verify<ArtifactAnalyzer>.Diagnostic("MPD0024").WithLocation(0).WithArguments("Compile", "bin", "")]);

    [Test]
    public Task A_name_repeated_in_another_case_is_reported() =>
        Verify<ArtifactAnalyzer>.DiagnosticsAsync(
            [$$"""
            [ProducesArtifact("bin", "out/bin/**"), {|#0:ProducesArtifact("BIN", "out/other/**")|}]
            public sealed class Compile : Module<string> { {{Execute}} }
            """],
            [Verify<ArtifactAnalyzer>.Diagnostic("MPD0024").WithLocation(0).WithArguments("Compile", "BIN", "")]);

    [Test]
    public Task A_name_the_base_module_already_produces_is_reported_with_the_base_named() =>
        Verify<ArtifactAnalyzer>.DiagnosticsAsync(
            [$$"""
            [ProducesArtifact("logs", "out/logs/**")]
            public abstract class Logged<T> : Module<T> { }

            [{|#0:ProducesArtifact("Logs", "out/compile-logs/**")|}]
            public sealed class Compile : Logged<string> { {{Execute}} }
            """],
            [Verify<ArtifactAnalyzer>.Diagnostic("MPD0024").WithLocation(0).WithArguments("Compile", "Logs", " (inherited from 'Logged<string>')")]);

    [Test]
    public Task A_name_repeated_across_parts_of_a_partial_module_is_reported_on_the_later_part() =>
        Verify<ArtifactAnalyzer>.DiagnosticsAsync(
            $$"""
            [ProducesArtifact("bin", "out/bin/**")]
            public sealed partial class Compile : Module<string> { {{Execute}} }
            """,
            """
            [{|MPD0024:ProducesArtifact("bin", "out/bin2/**")|}]
            public sealed partial class Compile { }
            """);

    [Test]
    public Task Different_names_and_the_same_name_on_different_modules_are_not_reported() =>
        Verify<ArtifactAnalyzer>.DiagnosticsAsync($$"""
            [ProducesArtifact("logs", "out/logs/**")]
            public abstract class Logged : Module<string> { }

            [ProducesArtifact("bin", "out/bin/**")]
            public sealed class Compile : Logged { {{Execute}} }

            [ProducesArtifact("bin", "out/bin/**")]
            public sealed class Package : Module<string> { {{Execute}} }
            """);
}
