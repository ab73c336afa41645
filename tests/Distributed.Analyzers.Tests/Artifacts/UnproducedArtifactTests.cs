using ModularPipelines.Distributed.Analyzers.Tests.Support;
using static ModularPipelines.Distributed.Analyzers.Tests.Support.Modules;

namespace ModularPipelines.Distributed.Analyzers.Tests.Artifacts;

/// <summary>MPD0026: consuming an artifact that the producer does not produce under that name.</summary>
public sealed class UnproducedArtifactTests
{
    [Test]
    public Task Consuming_a_name_the_producer_does_not_produce_is_reported_listing_the_names_it_does() =>
        Verify<ArtifactAnalyzer>.DiagnosticsAsync(
            [$$"""
            [ProducesArtifact("bin", "out/bin/**")]
            [ProducesArtifact("packages", "out/packages/**")]
            public sealed class Compile : Module<string> { {{Execute}} }

            [ConsumesArtifact<Compile>({|#0:"documentation"|})]
            public sealed class Publish : Module<string> { {{Execute}} }
            """],
            [Verify<ArtifactAnalyzer>.Diagnostic("MPD0026").WithLocation(0).WithArguments(
                "Publish",
                "documentation",
                "Compile",
                "produces only 'bin', 'packages': consume one of those, or add [ProducesArtifact(\"documentation\", ...)] to 'Compile'")]);

    [Test]
    public Task Consuming_from_a_producer_without_artifacts_says_it_produces_none() =>
        Verify<ArtifactAnalyzer>.DiagnosticsAsync(
            [$$"""
            public sealed class Compile : Module<string> { {{Execute}} }

            [ConsumesArtifact<Compile>({|#0:"bin"|})]
            public sealed class Publish : Module<string> { {{Execute}} }
            """],
            [Verify<ArtifactAnalyzer>.Diagnostic("MPD0026").WithLocation(0).WithArguments(
                "Publish",
                "bin",
                "Compile",
                "produces no artifact: add [ProducesArtifact(\"bin\", ...)] to 'Compile', or consume from the module that produces it")]);

    [Test]
    public Task A_name_close_to_a_produced_one_is_reported_with_that_name_suggested() =>
        Verify<ArtifactAnalyzer>.DiagnosticsAsync(
            [$$"""
            [ProducesArtifact("bin", "out/bin/**")]
            [ProducesArtifact("packages", "out/packages/**")]
            public sealed class Compile : Module<string> { {{Execute}} }

            [ConsumesArtifact<Compile>({|#0:"pakages"|})]
            public sealed class Publish : Module<string> { {{Execute}} }
            """],
            [Verify<ArtifactAnalyzer>.Diagnostic("MPD0026").WithLocation(0).WithArguments(
                "Publish",
                "pakages",
                "Compile",
                "produces only 'bin', 'packages': did you mean 'packages'?")]);

    [Test]
    public Task An_artifact_the_producer_inherits_or_declares_in_another_case_is_not_reported() =>
        Verify<ArtifactAnalyzer>.DiagnosticsAsync($$"""
            [ProducesArtifact("logs", "out/logs/**")]
            public abstract class Logged : Module<string> { }

            [ProducesArtifact("bin", "out/bin/**")]
            public sealed class Compile : Logged { {{Execute}} }

            [ConsumesArtifact<Compile>("logs")]
            [ConsumesArtifact<Compile>("BIN")]
            public sealed class Publish : Module<string> { {{Execute}} }
            """);

    [Test]
    public Task A_consumption_inherited_from_a_base_is_reported_on_the_base_once() =>
        Verify<ArtifactAnalyzer>.DiagnosticsAsync($$"""
            [ProducesArtifact("bin", "out/bin/**")]
            public sealed class Compile : Module<string> { {{Execute}} }

            [ConsumesArtifact<Compile>({|MPD0026:"docs"|})]
            public abstract class AfterCompile : Module<string> { }

            public sealed class Test : AfterCompile { {{Execute}} }

            public sealed class Lint : AfterCompile { {{Execute}} }
            """);
}
