using static ModularPipelines.Distributed.Analyzers.Tests.Support.Modules;
using Fix = ModularPipelines.Distributed.Analyzers.Tests.Support.VerifyFix<
    ModularPipelines.Distributed.Analyzers.ArtifactAnalyzer,
    ModularPipelines.Distributed.CodeFixes.UseProducedArtifactNameCodeFixProvider>;

namespace ModularPipelines.Distributed.Analyzers.Tests.CodeFixes;

/// <summary>MPD0026's fix: a consumed name within two edits of a produced one is replaced with it.</summary>
public sealed class UseProducedArtifactNameFixTests
{
    private const string Compile = $$"""
        [ProducesArtifact("bin", "out/bin/**")]
        [ProducesArtifact("packages", "out/packages/**")]
        public sealed class Compile : Module<string> { {{Execute}} }
        """;

    [Test]
    public Task A_misspelled_name_is_replaced_with_the_produced_one() =>
        Fix.FixAsync(
            Compile + $$"""

            [ConsumesArtifact<Compile>({|MPD0026:"pakages"|})]
            public sealed class Publish : Module<string> { {{Execute}} }
            """,
            Compile + $$"""

            [ConsumesArtifact<Compile>("packages")]
            public sealed class Publish : Module<string> { {{Execute}} }
            """);

    [Test]
    public Task Every_misspelling_in_the_document_is_replaced_with_its_own_closest_name() =>
        Fix.FixAsync(
            Compile + $$"""

            [ConsumesArtifact<Compile>({|MPD0026:"bni"|})]
            [ConsumesArtifact<Compile>({|MPD0026:"Packagess"|})]
            public sealed class Publish : Module<string> { {{Execute}} }
            """,
            Compile + $$"""

            [ConsumesArtifact<Compile>("bin")]
            [ConsumesArtifact<Compile>("packages")]
            public sealed class Publish : Module<string> { {{Execute}} }
            """);

    [Test]
    public Task A_name_far_from_every_produced_one_is_left_for_the_author() =>
        Fix.FixAsync(
            Compile + $$"""

            [ConsumesArtifact<Compile>({|MPD0026:"documentation"|})]
            public sealed class Publish : Module<string> { {{Execute}} }
            """,
            Compile + $$"""

            [ConsumesArtifact<Compile>({|MPD0026:"documentation"|})]
            public sealed class Publish : Module<string> { {{Execute}} }
            """);
}
