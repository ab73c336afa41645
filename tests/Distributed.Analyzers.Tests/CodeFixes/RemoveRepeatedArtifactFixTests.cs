using static ModularPipelines.Distributed.Analyzers.Tests.Support.Modules;
using Fix = ModularPipelines.Distributed.Analyzers.Tests.Support.VerifyFix<
    ModularPipelines.Distributed.Analyzers.ArtifactAnalyzer,
    ModularPipelines.Distributed.CodeFixes.RemoveRepeatedArtifactCodeFixProvider>;

namespace ModularPipelines.Distributed.Analyzers.Tests.CodeFixes;

/// <summary>MPD0024's fix: the [ProducesArtifact] that repeats a name is removed.</summary>
public sealed class RemoveRepeatedArtifactFixTests
{
    [Test]
    public Task A_repeated_artifact_is_removed() =>
        Fix.FixAsync(
            $$"""
            [ProducesArtifact("bin", "out/bin/**")]
            [{|MPD0024:ProducesArtifact("BIN", "out/other/**")|}]
            public sealed class Compile : Module<string> { {{Execute}} }
            """,
            $$"""
            [ProducesArtifact("bin", "out/bin/**")]
            public sealed class Compile : Module<string> { {{Execute}} }
            """);

    [Test]
    public Task An_artifact_the_base_already_produces_is_removed_from_the_derived_module_and_its_other_attributes_stay() =>
        Fix.FixAsync(
            $$"""
            [ProducesArtifact("logs", "out/logs/**")]
            public abstract class Logged : Module<string> { }

            [{|MPD0024:ProducesArtifact("logs", "out/compile-logs/**")|}, ProducesArtifact("bin", "out/bin/**")]
            public sealed class Compile : Logged { {{Execute}} }
            """,
            $$"""
            [ProducesArtifact("logs", "out/logs/**")]
            public abstract class Logged : Module<string> { }

            [ProducesArtifact("bin", "out/bin/**")]
            public sealed class Compile : Logged { {{Execute}} }
            """);
}
