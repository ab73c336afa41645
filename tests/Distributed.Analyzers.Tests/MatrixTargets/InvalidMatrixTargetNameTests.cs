using ModularPipelines.Distributed.Analyzers.Tests.Support;
using static ModularPipelines.Distributed.Analyzers.Tests.Support.Modules;

namespace ModularPipelines.Distributed.Analyzers.Tests.MatrixTargets;

/// <summary>MPD0020: a matrix target is the capability its instance requires, so it must be a valid capability name.</summary>
public sealed class InvalidMatrixTargetNameTests
{
    [Test]
    public Task A_target_with_a_space_is_reported_on_the_target() =>
        Verify<MatrixTargetAnalyzer>.DiagnosticsAsync(
            [$$"""
            [MatrixTarget("linux", {|#0:"windows 11"|})]
            public sealed class Tests : Module<string> { {{Execute}} }
            """],
            [Verify<MatrixTargetAnalyzer>.Diagnostic("MPD0020").WithLocation(0).WithArguments("windows 11", "Tests")]);

    [Test]
    public Task A_target_with_a_slash_is_reported() =>
        Verify<MatrixTargetAnalyzer>.DiagnosticsAsync($$"""
            [MatrixTarget({|MPD0020:"linux/x64"|})]
            public sealed class Tests : Module<string> { {{Execute}} }
            """);

    [Test]
    public Task Targets_with_letters_digits_dots_underscores_colons_and_dashes_are_not_reported() =>
        Verify<MatrixTargetAnalyzer>.DiagnosticsAsync($$"""
            [MatrixTarget("ubuntu-24.04", "arm64:gpu", "net_10")]
            public sealed class Tests : Module<string> { {{Execute}} }
            """);
}
