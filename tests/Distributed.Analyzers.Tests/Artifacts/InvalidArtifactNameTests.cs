using ModularPipelines.Distributed.Analyzers.Tests.Support;
using static ModularPipelines.Distributed.Analyzers.Tests.Support.Modules;

namespace ModularPipelines.Distributed.Analyzers.Tests.Artifacts;

/// <summary>MPD0023: an artifact name, produced or consumed, that the runtime's ArtifactSyntax.NameProblem refuses.</summary>
public sealed class InvalidArtifactNameTests
{
    [Test]
    public Task A_blank_produced_name_is_reported_on_the_argument_with_the_runtimes_reason() =>
        Verify<ArtifactAnalyzer>.DiagnosticsAsync(
            [$$"""
            [ProducesArtifact({|#0:" "|}, "out/**")]
            public sealed class Compile : Module<string> { {{Execute}} }
            """],
            [Verify<ArtifactAnalyzer>.Diagnostic("MPD0023").WithLocation(0).WithArguments(" ", "ProducesArtifact", "Compile", "is blank")]);

    [Test]
    public Task A_produced_name_with_a_character_outside_the_allowed_set_is_reported_naming_the_character() =>
        Verify<ArtifactAnalyzer>.DiagnosticsAsync(
            [$$"""
            [ProducesArtifact({|#0:"my bin"|}, "out/**")]
            public sealed class Compile : Module<string> { {{Execute}} }
            """],
            [Verify<ArtifactAnalyzer>.Diagnostic("MPD0023").WithLocation(0)
                .WithArguments("my bin", "ProducesArtifact", "Compile", "contains ' ': use only letters, digits, '.', '_' and '-'")]);

    [Test]
    public Task Names_starting_with_a_dot_null_or_non_ascii_are_reported() =>
        Verify<ArtifactAnalyzer>.DiagnosticsAsync($$"""
            [ProducesArtifact({|MPD0023:".hidden"|}, "out/**")]
            [ProducesArtifact({|MPD0023:null|}, "out/**")]
            [ProducesArtifact({|MPD0023:"größe"|}, "out/**")]
            [ProducesArtifact({|MPD0023:"bin/x64"|}, "out/**")]
            public sealed class Compile : Module<string> { {{Execute}} }
            """);

    [Test]
    public Task A_consumed_name_that_is_not_valid_is_reported_with_the_producer_named() =>
        Verify<ArtifactAnalyzer>.DiagnosticsAsync(
            [$$"""
            [ProducesArtifact("bin", "out/**")]
            public sealed class Compile : Module<string> { {{Execute}} }

            [ConsumesArtifact<Compile>({|#0:""|})]
            public sealed class Test : Module<string> { {{Execute}} }
            """],
            [Verify<ArtifactAnalyzer>.Diagnostic("MPD0023").WithLocation(0).WithArguments("", "ConsumesArtifact<Compile>", "Test", "is blank")]);

    [Test]
    public Task Names_of_letters_digits_dots_underscores_and_dashes_are_not_reported() =>
        Verify<ArtifactAnalyzer>.DiagnosticsAsync($$"""
            [ProducesArtifact("bin", "out/bin/**")]
            [ProducesArtifact("test-results_v1.2", "out/tests/**")]
            [ProducesArtifact("X64", "out/x64/**")]
            public sealed class Compile : Module<string> { {{Execute}} }

            [ConsumesArtifact<Compile>("TEST-RESULTS_v1.2")]
            public sealed class Test : Module<string> { {{Execute}} }
            """);
}
